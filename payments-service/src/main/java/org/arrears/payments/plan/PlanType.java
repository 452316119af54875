package org.arrears.payments.plan;

/** The three arrangements a debtor can make. */
public enum PlanType {
    /** One amount on one date. */
    PROMISE,
    /** A schedule of amounts toward the balance. */
    INSTALLMENT,
    /** Less than the balance, paid per schedule; the rest is waived once it is paid. */
    SETTLEMENT
}
