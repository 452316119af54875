package org.arrears.payments.balance;

/** One part of what an account owes; payments are allocated across these in the creditor's order. */
public enum Bucket {
    PRINCIPAL, INTEREST, FEES, COSTS
}
