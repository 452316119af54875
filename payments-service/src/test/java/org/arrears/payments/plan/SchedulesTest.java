package org.arrears.payments.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.arrears.platform.money.Money;
import org.junit.jupiter.api.Test;

class SchedulesTest {

    private static List<LocalDate> monthly(String first, int count) {
        return Schedules.dueDates(LocalDate.parse(first), count, Frequency.MONTHLY);
    }

    private static List<LocalDate> dates(String... isoDates) {
        return java.util.Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }

    @Test
    void theThirtyFirstFallsOnFebruarysLastDayAndComesBackInMarch() {
        assertThat(monthly("2027-01-31", 4)).isEqualTo(dates("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"));
    }

    @Test
    void aLeapYearGivesFebruaryTheTwentyNinth() {
        assertThat(monthly("2028-01-31", 2)).isEqualTo(dates("2028-01-31", "2028-02-29"));
        assertThat(monthly("2028-01-29", 3)).isEqualTo(dates("2028-01-29", "2028-02-29", "2028-03-29"));
    }

    @Test
    void aFirstDateOnTheLastDayOfItsMonthStaysOnMonthEnds() {
        assertThat(monthly("2027-04-30", 3)).isEqualTo(dates("2027-04-30", "2027-05-31", "2027-06-30"));
        assertThat(monthly("2027-02-28", 3)).isEqualTo(dates("2027-02-28", "2027-03-31", "2027-04-30"));
        assertThat(monthly("2028-02-29", 13).get(12)).isEqualTo(LocalDate.parse("2029-02-28"));
    }

    @Test
    void theThirtiethIsKeptWhereTheMonthHasIt() {
        assertThat(monthly("2027-01-30", 3)).isEqualTo(dates("2027-01-30", "2027-02-28", "2027-03-30"));
    }

    @Test
    void monthlyDatesCrossTheYear() {
        assertThat(monthly("2026-11-15", 3)).isEqualTo(dates("2026-11-15", "2026-12-15", "2027-01-15"));
    }

    @Test
    void weeklyAndBiweeklyStepSevenAndFourteenDays() {
        LocalDate first = LocalDate.parse("2028-02-22");
        assertThat(Schedules.dueDates(first, 3, Frequency.WEEKLY)).isEqualTo(dates("2028-02-22", "2028-02-29",
                "2028-03-07"));
        assertThat(Schedules.dueDates(first, 3, Frequency.BIWEEKLY)).isEqualTo(dates("2028-02-22", "2028-03-07",
                "2028-03-21"));
    }

    @Test
    void aSplitPutsTheOddCentsOnTheFirstInstallment() {
        List<ScheduledInstallment> s = Schedules.split(Money.of("100.00", "USD"), monthly("2027-01-31", 3));

        assertThat(s).extracting(i -> i.amount().amount().toPlainString()).containsExactly("33.34", "33.33", "33.33");
        assertThat(s).extracting(ScheduledInstallment::seq).containsExactly(1, 2, 3);
        assertThat(Schedules.total(s, "USD")).isEqualTo(Money.of("100.00", "USD"));
    }

    @Test
    void aSplitInACurrencyWithoutMinorUnitsSplitsWholeUnits() {
        List<ScheduledInstallment> s = Schedules.split(Money.of("1000", "JPY"), monthly("2027-01-10", 3));

        assertThat(s).extracting(i -> i.amount().amount().toPlainString()).containsExactly("334", "333", "333");
    }
}
