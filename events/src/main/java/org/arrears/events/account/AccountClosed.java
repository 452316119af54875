package org.arrears.events.account;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The account is closed for good. Emitted by accounts-service when it is paid or settled in full, recalled,
 * or returned as uncollectable; contact-service drops its work items and payments-service ends plans and
 * promises. {@code reason} is one of PAID, SETTLED, RECALLED, UNCOLLECTABLE, BANKRUPTCY, DECEASED.
 */
@EventType(value = "org.arrears.account.closed.v1", topic = Topics.ACCOUNT_EVENTS)
public record AccountClosed(
        String accountId,
        String creditorId,
        String reason,
        Instant closedAt) implements ArrearsEvent {
}
