package org.arrears.events.skiptrace;

import java.time.Instant;
import java.time.LocalDate;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A deceased scrub found the debtor dead. Emitted by skiptrace-service for each account of the debtor it
 * knows; compliance-service places a DECEASED hold (deal only with the estate's representative, Reg F
 * 1006.6(a)(4)). {@code dateOfDeath} is null when the source does not give it; {@code source} names the
 * provider that reported it.
 */
@EventType(value = "org.arrears.skiptrace.debtor-deceased.v1", topic = Topics.SKIPTRACE_EVENTS)
public record DebtorDeceased(
        String accountId,
        String debtorKey,
        LocalDate dateOfDeath,
        String source,
        Instant foundAt) implements ArrearsEvent {
}
