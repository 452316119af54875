package org.arrears.compliance.jurisdiction;

import java.time.LocalTime;

/** Local hours in which a jurisdiction allows contact, both ends inclusive. */
public record Hours(LocalTime start, LocalTime end) {
}
