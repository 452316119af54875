package org.arrears.payments.balance;

/** What payments-service needs of the account's status: whether it is still with the agency. */
public enum AccountStatus {
    OPEN, RECALLED, CLOSED
}
