package org.arrears.compliance.time;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts contacts in periods of consecutive calendar days. A contact on day D is allowed under "at most
 * {@code max} in {@code days} consecutive days" when every period of that length containing D (starting on
 * D-days+1 … D) holds fewer than {@code max} contacts already, so adding it never makes any period exceed the
 * limit, whatever order contacts are recorded in.
 */
public final class RollingDays {

    private final TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
    private final int days;
    private final int max;

    public RollingDays(Collection<LocalDate> contactDays, int days, int max) {
        if (days < 1 || max < 1) {
            throw new IllegalArgumentException("days and max must be positive");
        }
        this.days = days;
        this.max = max;
        contactDays.forEach(d -> perDay.merge(d, 1, Integer::sum));
    }

    /** The first full period containing {@code day}, by start date, that has no room; empty when there is room. */
    public Optional<Period> fullPeriodContaining(LocalDate day) {
        for (LocalDate start = day.minusDays(days - 1L); !start.isAfter(day); start = start.plusDays(1)) {
            int count = count(start);
            if (count >= max) {
                return Optional.of(new Period(start, start.plusDays(days - 1L), count));
            }
        }
        return Optional.empty();
    }

    /** The first day on or after {@code day} on which one more contact fits in every period. */
    public LocalDate firstDayWithRoom(LocalDate day) {
        LocalDate d = day;
        // After the last contact plus one period every period is empty: the loop ends by then.
        while (fullPeriodContaining(d).isPresent()) {
            d = d.plusDays(1);
        }
        return d;
    }

    private int count(LocalDate start) {
        return perDay.subMap(start, true, start.plusDays(days - 1L), true).values().stream()
                .mapToInt(Integer::intValue).sum();
    }

    /** A period of consecutive days, first and last inclusive, with the contacts it already holds. */
    public record Period(LocalDate first, LocalDate last, int count) {
    }
}
