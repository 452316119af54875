package org.arrears.payments.payment;

/** A payment is posted once and may be reversed once. */
public enum PaymentStatus {
    POSTED, REVERSED
}
