package org.arrears.contact.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import org.junit.jupiter.api.Test;

class BusinessDaysTest {

    @Test
    void federalHolidaysOf2026AsObserved() {
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 1, 19))).as("MLK, 3rd Monday").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 5, 25))).as("Memorial, last Monday").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 6, 19))).as("Juneteenth").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 7, 3))).as("July 4 on a Saturday").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 10, 12))).as("Columbus").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 11, 26))).as("Thanksgiving").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2026, 11, 27))).isFalse();
    }

    @Test
    void aSundayHolidayIsObservedOnMondayAndNewYearCanFallInTheYearBefore() {
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2027, 7, 5))).as("July 4 2027 is a Sunday").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2027, 12, 24))).as("Christmas on a Saturday").isTrue();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2027, 12, 31))).as("Jan 1 2028 is a Saturday").isTrue();
    }

    @Test
    void juneteenthIsAHolidayOnlyFrom2021() {
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2020, 6, 19))).isFalse();
        assertThat(BusinessDays.isFederalHoliday(LocalDate.of(2021, 6, 18))).as("June 19 2021 was a Saturday")
                .isTrue();
    }

    @Test
    void aNoticeSentBeforeThanksgivingIsReceivedTheNextTuesdayAndDisputableFor30Days() {
        ValidationPeriod p = ValidationPeriod.sentOn(LocalDate.of(2026, 11, 23));
        assertThat(p.assumedReceivedOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(p.disputeBy()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Property
    void receiptIsAlwaysABusinessDayAtLeastAWeekdayWorkWeekLater(@ForAll @IntRange(min = 0, max = 3650) int offset) {
        LocalDate sent = LocalDate.of(2024, 1, 1).plusDays(offset);
        LocalDate received = BusinessDays.plusBusinessDays(sent, 5);
        assertThat(BusinessDays.isBusinessDay(received)).isTrue();
        assertThat(received.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(received).isAfterOrEqualTo(sent.plusDays(5));
        long businessDaysBetween = sent.plusDays(1).datesUntil(received.plusDays(1))
                .filter(BusinessDays::isBusinessDay).count();
        assertThat(businessDaysBetween).isEqualTo(5);
    }
}
