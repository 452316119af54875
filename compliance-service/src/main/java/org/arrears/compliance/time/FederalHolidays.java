package org.arrears.compliance.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Set;

/**
 * The legal public holidays of 5 USC 6103(a), as observed: one falling on a Saturday is observed the Friday
 * before, on a Sunday the Monday after (Executive Order 11582). Reg F excludes these, Saturdays and Sundays when
 * it counts days for the validation notice (1006.34(b)(5), 1006.34(a)(1)(i)(B)).
 */
public final class FederalHolidays {

    private FederalHolidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        // An observed 1 January may fall on 31 December of the year before.
        return observed(date.getYear()).contains(date) || observed(date.getYear() + 1).contains(date);
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /** The date {@code n} business days after {@code date} (the start day not counted). */
    public static LocalDate plusBusinessDays(LocalDate date, int n) {
        LocalDate d = date;
        for (int counted = 0; counted < n;) {
            d = d.plusDays(1);
            if (isBusinessDay(d)) {
                counted++;
            }
        }
        return d;
    }

    static Set<LocalDate> observed(int year) {
        Set<LocalDate> days = new HashSet<>();
        days.add(observe(LocalDate.of(year, Month.JANUARY, 1)));
        days.add(nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3));       // Birthday of Martin Luther King, Jr.
        days.add(nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3));      // Washington's Birthday
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        if (year >= 2021) {
            days.add(observe(LocalDate.of(year, Month.JUNE, 19)));    // Juneteenth, a holiday since 2021
        }
        days.add(observe(LocalDate.of(year, Month.JULY, 4)));
        days.add(nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1));     // Labor Day
        days.add(nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2));       // Columbus Day
        days.add(observe(LocalDate.of(year, Month.NOVEMBER, 11)));     // Veterans Day
        days.add(nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4));    // Thanksgiving Day
        days.add(observe(LocalDate.of(year, Month.DECEMBER, 25)));
        return days;
    }

    private static LocalDate nth(int year, Month month, DayOfWeek day, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    private static LocalDate observe(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }
}
