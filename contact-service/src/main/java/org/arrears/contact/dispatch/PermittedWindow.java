package org.arrears.contact.dispatch;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The span in which a contact is convenient wherever the debtor may be: 08:00 to 21:00 local time in every
 * candidate zone at once (Reg F 1006.6(b)(1)(i): when the location is uncertain, every possible zone must be
 * inside the window). Without any zone, the four continental US zones are assumed, the cautious choice.
 */
public record PermittedWindow(Instant from, Instant until) {

    public static final LocalTime EARLIEST = LocalTime.of(8, 0);
    public static final LocalTime LATEST = LocalTime.of(21, 0);
    static final List<String> CONTINENTAL_US = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Los_Angeles");
    /** Far enough to reach the next common window from any moment, for zones a day apart at most. */
    private static final int DAYS_AHEAD = 3;

    /**
     * The first window that is still open at {@code now} or opens later, starting no earlier than {@code now};
     * empty when the zones share no convenient hour at all (zones too far apart).
     */
    public static Optional<PermittedWindow> next(List<String> timeZones, Instant now) {
        List<ZoneId> zones = (timeZones == null || timeZones.isEmpty() ? CONTINENTAL_US : timeZones).stream()
                .map(ZoneId::of).toList();
        LocalDate start = now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        for (int d = 0; d <= DAYS_AHEAD; d++) {
            LocalDate day = start.plusDays(d);
            Instant from = null;
            Instant until = null;
            for (ZoneId zone : zones) {
                Instant zoneFrom = day.atTime(EARLIEST).atZone(zone).toInstant();
                Instant zoneUntil = day.atTime(LATEST).atZone(zone).toInstant();
                from = from == null || zoneFrom.isAfter(from) ? zoneFrom : from;
                until = until == null || zoneUntil.isBefore(until) ? zoneUntil : until;
            }
            Instant effectiveFrom = from.isBefore(now) ? now : from;
            if (effectiveFrom.isBefore(until)) {
                return Optional.of(new PermittedWindow(effectiveFrom, until));
            }
        }
        return Optional.empty();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(from) && instant.isBefore(until);
    }
}
