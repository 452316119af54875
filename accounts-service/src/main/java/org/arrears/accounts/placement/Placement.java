package org.arrears.accounts.account;

/** The outcome of placing one account: the account, and whether this call created it. */
public record Placement(AccountView account, boolean created) {
}
