package org.arrears.accounts.account;

import java.util.List;

/** One page of accounts; pass {@code nextCursor} back as {@code cursor} for the next, null on the last page. */
public record AccountPage(List<AccountView> items, String nextCursor) {
}
