package org.arrears.compliance.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;

/**
 * A time the person has said is inconvenient, in their local time: {@code from} inclusive to {@code to}
 * exclusive, on the given days (every day when empty). Such a time is as unlawful as 22:00 (1006.6(b)(1)(i)).
 */
public record InconvenientTime(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

    public InconvenientTime {
        days = days == null ? Set.of() : Set.copyOf(days);
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public boolean contains(DayOfWeek day, LocalTime time) {
        return (days.isEmpty() || days.contains(day)) && !time.isBefore(from) && time.isBefore(to);
    }
}
