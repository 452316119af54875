package org.arrears.compliance.rules;

/** Who started a contact: the collector (counts) or the person (never counts as a call placed, 1006.14(b)(2)). */
public enum Direction {
    OUTBOUND, INBOUND
}
