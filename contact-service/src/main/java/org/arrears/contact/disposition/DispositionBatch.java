package org.arrears.contact.disposition;

import java.util.List;

/** A batch of dispositions; each is recorded once per call id, whatever the batch it comes in. */
public record DispositionBatch(List<Disposition> dispositions) {
}
