package org.arrears.compliance.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.arrears.compliance.rules.InconvenientTime;

/**
 * The local hours in which contact is convenient: from {@code start} to {@code end}, both inclusive (Reg F
 * makes only "before 8:00" and "after 21:00" inconvenient), minus the times the person named.
 */
public record DailyWindow(LocalTime start, LocalTime end, List<InconvenientTime> excluded) {

    public DailyWindow {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("window start must be before its end");
        }
        excluded = List.copyOf(excluded);
    }

    public boolean contains(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        LocalTime time = local.toLocalTime();
        return !time.isBefore(start) && !time.isAfter(end) && excludedBy(local) == null;
    }

    /**
     * The earliest instant strictly after {@code t} that is not ruled out by the reason {@code t} is outside the
     * window. It is a lower bound of the next allowed instant: a named time may still cover it, which the next
     * call moves past.
     */
    public Instant nextCandidateAfter(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        LocalTime time = local.toLocalTime();
        LocalDate date = local.toLocalDate();
        if (time.isBefore(start)) {
            return at(date, start, zone);
        }
        if (time.isAfter(end)) {
            return at(date.plusDays(1), start, zone);
        }
        InconvenientTime named = excludedBy(local);
        if (named != null) {
            // A named time is half-open: its end is the first convenient moment again.
            Instant after = at(date, named.to(), zone);
            return after.isAfter(t) ? after : t.plusNanos(1);
        }
        throw new IllegalArgumentException(t + " is inside the window in " + zone);
    }

    private InconvenientTime excludedBy(ZonedDateTime local) {
        for (InconvenientTime named : excluded) {
            if (named.contains(local.getDayOfWeek(), local.toLocalTime())) {
                return named;
            }
        }
        return null;
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        // ZonedDateTime.of moves a time in a DST gap forward, never back into the inconvenient side.
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
