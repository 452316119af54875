package org.arrears.accounts.account;

/** Where an account stands in its life; transitions arrive with the account lifecycle. */
public enum AccountStatus {
    PLACED
}
