package org.arrears.payments.payment;

import jakarta.validation.constraints.NotBlank;

/** {@code reasonCode}: a NACHA return code R01..R99, or CHARGEBACK. */
public record ReversalRequest(@NotBlank String reasonCode) {
}
