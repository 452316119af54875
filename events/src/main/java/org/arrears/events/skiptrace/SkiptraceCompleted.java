package org.arrears.events.skiptrace;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A skip-trace lookup finished. Emitted by skiptrace-service when its provider waterfall stops, with the
 * merged, normalised and deduplicated candidates; points known to be wrong, revoked or reassigned are
 * dropped. Each list is ranked best first and may be empty (nothing found). accounts-service updates the
 * debtor's contact points (source SKIPTRACE) and emits ContactPointsUpdated.
 * <ul>
 * <li>{@code requestId}: the skip-trace request; {@code debtorKey}: the keyed hash of the debtor.</li>
 * <li>{@code providersAsked}: names of the providers consulted, in waterfall order.</li>
 * <li>{@code confidence} of each point: 0..1, after agreement between sources; {@code sources}: the providers
 * that reported it; {@code lastVerified}: the latest date a source confirmed it, null when none says.</li>
 * </ul>
 */
@EventType(value = "org.arrears.skiptrace.completed.v1", topic = Topics.SKIPTRACE_EVENTS)
public record SkiptraceCompleted(
        String accountId,
        String requestId,
        String debtorKey,
        List<Phone> phones,
        List<Address> addresses,
        List<Email> emails,
        List<String> providersAsked,
        Instant completedAt) implements ArrearsEvent {

    /**
     * A phone in E.164. {@code type} MOBILE, LANDLINE, VOIP or UNKNOWN (treat as mobile); {@code timeZones}
     * are the IANA zones its area code may be in (all of the country's for a toll-free number), empty when
     * unknown.
     */
    public record Phone(
            String number,
            String type,
            List<String> timeZones,
            double confidence,
            List<String> sources,
            LocalDate lastVerified) {
    }

    /**
     * A postal address in standard form; {@code line2} and {@code state} may be null; {@code country} is
     * ISO 3166-1 alpha-2.
     */
    public record Address(
            String line1,
            String line2,
            String city,
            String state,
            String postalCode,
            String country,
            double confidence,
            List<String> sources,
            LocalDate lastVerified) {
    }

    /** An email address, lowercased. */
    public record Email(String address, double confidence, List<String> sources, LocalDate lastVerified) {
    }
}
