package org.arrears.events.account;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The account moved from one status to another ({@code from}/{@code to} are names of accounts-service's
 * account status, e.g. PLACED → ASSIGNED or ASSIGNED → DISPUTED). Emitted by accounts-service on every
 * transition, beside the more specific event (AccountRecalled, AccountClosed) where there is one. Read by
 * services that show or track the status (contact-service's work items, reporting); the effects that
 * matter to other services travel in the specific events.
 */
@EventType(value = "org.arrears.account.status-changed.v1", topic = Topics.ACCOUNT_EVENTS)
public record AccountStatusChanged(
        String accountId,
        String creditorId,
        String from,
        String to,
        String reason,
        Instant changedAt) implements ArrearsEvent {
}
