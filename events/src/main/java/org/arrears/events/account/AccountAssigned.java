package org.arrears.events.account;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The assignment strategy put the account in a work queue. Emitted by accounts-service on every
 * (re)assignment; contact-service turns it into a work item.
 */
@EventType(value = "org.arrears.account.assigned.v1", topic = Topics.ACCOUNT_EVENTS)
public record AccountAssigned(
        String accountId,
        String creditorId,
        String queue,
        int priority,
        int strategyVersion,
        Instant assignedAt) implements ArrearsEvent {
}
