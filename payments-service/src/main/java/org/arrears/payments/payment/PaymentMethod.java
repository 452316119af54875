package org.arrears.payments.payment;

/** How the debtor paid. */
public enum PaymentMethod {
    ACH, CARD, CHECK, CASH, WIRE
}
