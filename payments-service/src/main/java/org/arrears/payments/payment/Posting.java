package org.arrears.payments.payment;

/** The outcome of posting: the payment, and whether this request posted it or found it already posted. */
public record Posting(PaymentView payment, boolean created) {
}
