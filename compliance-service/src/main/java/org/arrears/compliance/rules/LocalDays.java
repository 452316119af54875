package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/** Instants as days of the person's local calendar in one zone. */
final class LocalDays {

    private LocalDays() {
    }

    static LocalDate of(Instant t, ZoneId zone) {
        return t.atZone(zone).toLocalDate();
    }

    static List<LocalDate> of(Collection<Instant> ts, ZoneId zone) {
        return ts.stream().map(t -> of(t, zone)).toList();
    }

    static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    static Instant later(Instant a, Instant b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
