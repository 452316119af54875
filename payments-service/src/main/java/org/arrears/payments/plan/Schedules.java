package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.arrears.platform.money.Money;

/** Builds schedules: due dates from a first date and a frequency, and amounts that add up to the cent. */
public final class Schedules {

    private Schedules() {
    }

    /**
     * {@code count} due dates from {@code first}. Monthly dates are computed from the first date, never from
     * the previous one, so a plan starting on the 31st falls on the 28th/29th in February and back on the 31st
     * in March; a first date on the last day of its month stays on the last day of every month (30 Apr → 31 May).
     */
    public static List<LocalDate> dueDates(LocalDate first, int count, Frequency frequency) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        boolean monthEnd = first.getDayOfMonth() == first.lengthOfMonth();
        List<LocalDate> dates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            dates.add(switch (frequency) {
                case WEEKLY -> first.plusWeeks(i);
                case BIWEEKLY -> first.plusWeeks(2L * i);
                case MONTHLY -> monthEnd ? YearMonth.from(first).plusMonths(i).atEndOfMonth() : first.plusMonths(i);
            });
        }
        return dates;
    }

    /** The same amount on every date. */
    public static List<ScheduledInstallment> repeat(Money amount, List<LocalDate> dates) {
        List<ScheduledInstallment> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            out.add(new ScheduledInstallment(i + 1, dates.get(i), amount));
        }
        return out;
    }

    /**
     * {@code total} split over the dates in equal parts at the currency's minor unit; the units that do not
     * divide evenly go to the first installment, so the first payment is never the smallest.
     */
    public static List<ScheduledInstallment> split(Money total, List<LocalDate> dates) {
        int n = dates.size();
        int scale = total.amount().scale();
        BigDecimal part = total.amount().divide(BigDecimal.valueOf(n), scale, RoundingMode.DOWN);
        BigDecimal first = total.amount().subtract(part.multiply(BigDecimal.valueOf(n - 1L)));
        List<ScheduledInstallment> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(new ScheduledInstallment(i + 1, dates.get(i), new Money(i == 0 ? first : part, total.currency())));
        }
        return out;
    }

    /** An explicit schedule, numbered in the order given. */
    public static List<ScheduledInstallment> explicit(List<LocalDate> dates, List<Money> amounts) {
        List<ScheduledInstallment> out = new ArrayList<>(dates.size());
        for (int i = 0; i < dates.size(); i++) {
            out.add(new ScheduledInstallment(i + 1, dates.get(i), amounts.get(i)));
        }
        return out;
    }

    public static Money total(List<ScheduledInstallment> schedule, String currency) {
        Money sum = Money.zero(currency);
        for (ScheduledInstallment i : schedule) {
            sum = sum.plus(i.amount());
        }
        return sum;
    }
}
