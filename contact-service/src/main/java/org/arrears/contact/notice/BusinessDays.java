package org.arrears.contact.notice;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * Business days as Reg F counts them for the validation period: a notice may be assumed received 5 days after
 * sending, excluding legal public holidays, Saturdays and Sundays (12 CFR 1006.34(b)(5)). Legal
 * public holidays are the eleven of 5 U.S.C. 6103(a); one falling on a Saturday is observed the Friday before,
 * on a Sunday the Monday after (5 U.S.C. 6103(b) and E.O. 11582).
 */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isFederalHoliday(day);
    }

    /** The day {@code n} business days after {@code start} (start itself not counted). */
    public static LocalDate plusBusinessDays(LocalDate start, int n) {
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isBusinessDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** True when the day is a legal public holiday as observed by the federal government. */
    public static boolean isFederalHoliday(LocalDate day) {
        int year = day.getYear();
        // New Year's Day of next year can be observed on Dec 31 of this one.
        return observedHolidays(year).contains(day) || observedHolidays(year + 1).contains(day);
    }

    static Set<LocalDate> observedHolidays(int year) {
        return Set.of(
                observed(LocalDate.of(year, Month.JANUARY, 1)),
                nth(year, Month.JANUARY, DayOfWeek.MONDAY, 3), // Birthday of Martin Luther King, Jr.
                nth(year, Month.FEBRUARY, DayOfWeek.MONDAY, 3), // Washington's Birthday
                LocalDate.of(year, Month.MAY, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), // Memorial
                observed(LocalDate.of(year, Month.JUNE, 19)), // Juneteenth (from 2021)
                observed(LocalDate.of(year, Month.JULY, 4)),
                nth(year, Month.SEPTEMBER, DayOfWeek.MONDAY, 1), // Labor Day
                nth(year, Month.OCTOBER, DayOfWeek.MONDAY, 2), // Columbus Day
                observed(LocalDate.of(year, Month.NOVEMBER, 11)), // Veterans Day
                nth(year, Month.NOVEMBER, DayOfWeek.THURSDAY, 4), // Thanksgiving
                observed(LocalDate.of(year, Month.DECEMBER, 25)))
                .stream().filter(d -> year >= 2021 || !(d.getMonth() == Month.JUNE)).collect(
                        java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static LocalDate observed(LocalDate holiday) {
        return switch (holiday.getDayOfWeek()) {
            case SATURDAY -> holiday.minusDays(1);
            case SUNDAY -> holiday.plusDays(1);
            default -> holiday;
        };
    }

    private static LocalDate nth(int year, Month month, DayOfWeek dow, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, dow));
    }
}
