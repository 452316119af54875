package org.arrears.payments.plan;

/** How often a generated schedule falls due. */
public enum Frequency {
    WEEKLY, BIWEEKLY, MONTHLY
}
