package org.arrears.payments.plan;

/** ACTIVE until kept (all paid), broken (an installment unpaid past grace) or cancelled; only ACTIVE changes. */
public enum PlanStatus {
    ACTIVE, KEPT, BROKEN, CANCELLED
}
