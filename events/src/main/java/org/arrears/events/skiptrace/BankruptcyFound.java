package org.arrears.events.skiptrace;

import java.time.Instant;
import java.time.LocalDate;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A bankruptcy scrub found a case for the debtor. Emitted by skiptrace-service for each account of the
 * debtor it knows, again whenever the case's status changes; compliance-service places a BANKRUPTCY hold
 * while the case is OPEN (automatic stay, 11 USC 362(a)(6)).
 * <ul>
 * <li>{@code chapter}: 7, 9, 11, 12, 13 or 15 (title 11).</li>
 * <li>{@code caseNumber}: the court's case number; {@code court}: the court's name or district, null when
 * the source does not give it.</li>
 * <li>{@code status}: OPEN, DISCHARGED, DISMISSED or CLOSED.</li>
 * <li>{@code source}: the provider that reported it.</li>
 * </ul>
 */
@EventType(value = "org.arrears.skiptrace.bankruptcy-found.v1", topic = Topics.SKIPTRACE_EVENTS)
public record BankruptcyFound(
        String accountId,
        String debtorKey,
        int chapter,
        String caseNumber,
        String court,
        LocalDate filedDate,
        String status,
        String source,
        Instant foundAt) implements ArrearsEvent {
}
