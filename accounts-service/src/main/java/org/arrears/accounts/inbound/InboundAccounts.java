package org.arrears.accounts.inbound;

import java.util.UUID;

import org.arrears.accounts.account.Account;

/** Finds the account an inbound event is about. */
final class InboundAccounts {

    private InboundAccounts() {
    }

    /**
     * The account, or an exception: an event about an account we never placed is an inconsistency between
     * services, so it goes to the dead-letter topic for someone to look at rather than being dropped.
     */
    static Account of(String accountId) {
        UUID id;
        try {
            id = UUID.fromString(accountId);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("event for a malformed account id");
        }
        Account a = Account.findById(id);
        if (a == null) {
            throw new IllegalArgumentException("event for unknown account " + accountId);
        }
        return a;
    }
}
