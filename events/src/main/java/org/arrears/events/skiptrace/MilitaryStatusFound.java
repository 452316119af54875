package org.arrears.events.skiptrace;

import java.time.Instant;
import java.time.LocalDate;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A military status (SCRA) scrub answered for the debtor, active duty or not. Emitted by skiptrace-service for
 * each account of the debtor it knows; compliance-service places an SCRA hold when {@code activeDuty} is true
 * (6% interest cap, review; 50 USC 3937) and may lift it when a later scrub says false. {@code since} is the
 * date the reported status began, null when the source does not say; {@code source} names the provider.
 */
@EventType(value = "org.arrears.skiptrace.military-status-found.v1", topic = Topics.SKIPTRACE_EVENTS)
public record MilitaryStatusFound(
        String accountId,
        String debtorKey,
        boolean activeDuty,
        LocalDate since,
        String source,
        Instant foundAt) implements ArrearsEvent {
}
