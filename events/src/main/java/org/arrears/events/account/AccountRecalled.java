package org.arrears.events.account;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The creditor took the account back. Emitted by accounts-service when a recall is accepted; contact-service
 * stops all contact at once and payments-service stops plans and scheduled payments for the account.
 * An AccountClosed with reason RECALLED follows.
 */
@EventType(value = "org.arrears.account.recalled.v1", topic = Topics.ACCOUNT_EVENTS)
public record AccountRecalled(
        String accountId,
        String creditorId,
        String reason,
        Instant recalledAt) implements ArrearsEvent {
}
