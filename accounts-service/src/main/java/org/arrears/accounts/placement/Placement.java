package org.arrears.accounts.placement;

import org.arrears.accounts.account.AccountView;

/** The outcome of placing one account: the account, and whether this call created it. */
public record Placement(AccountView account, boolean created) {
}
