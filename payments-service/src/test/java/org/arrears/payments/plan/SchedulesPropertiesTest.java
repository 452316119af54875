package org.arrears.payments.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.arrears.platform.money.Money;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class SchedulesPropertiesTest {

    @Property
    void monthlyDatesFallOnceInEachConsecutiveMonthNeverAfterTheAnchorDay(
            @ForAll @IntRange(min = 0, max = 3650) int dayOffset, @ForAll @IntRange(min = 1, max = 60) int count) {
        LocalDate first = LocalDate.parse("2024-01-01").plusDays(dayOffset);
        List<LocalDate> dates = Schedules.dueDates(first, count, Frequency.MONTHLY);

        assertThat(dates).hasSize(count).first().isEqualTo(first);
        for (int i = 0; i < count; i++) {
            LocalDate d = dates.get(i);
            assertThat(YearMonth.from(d)).isEqualTo(YearMonth.from(first).plusMonths(i));
            boolean monthEnd = first.getDayOfMonth() == first.lengthOfMonth();
            int expectedDay = monthEnd ? d.lengthOfMonth() : Math.min(first.getDayOfMonth(), d.lengthOfMonth());
            assertThat(d.getDayOfMonth()).isEqualTo(expectedDay);
        }
    }

    @Property
    void aSplitAddsUpToTheCentAndNoInstallmentIsSmallerThanTheOthersButTheFirst(
            @ForAll @LongRange(min = 1, max = 100_000_000) long cents, @ForAll @IntRange(min = 1, max = 120) int count) {
        Money total = new Money(BigDecimal.valueOf(cents, 2), "USD");
        if (cents < count) {
            return; // fewer cents than installments is refused before splitting
        }
        List<ScheduledInstallment> s = Schedules.split(total,
                Schedules.dueDates(LocalDate.parse("2027-01-31"), count, Frequency.WEEKLY));

        assertThat(Schedules.total(s, "USD")).isEqualTo(total);
        BigDecimal rest = s.get(s.size() - 1).amount().amount();
        assertThat(s.subList(1, s.size())).allSatisfy(i -> assertThat(i.amount().amount()).isEqualByComparingTo(rest));
        assertThat(s.get(0).amount().amount()).isGreaterThanOrEqualTo(rest)
                .isLessThan(rest.add(new BigDecimal("0.01").multiply(BigDecimal.valueOf(count))));
        assertThat(s).allSatisfy(i -> assertThat(i.amount().amount().signum()).isPositive());
    }
}
