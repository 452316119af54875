package org.arrears.compliance.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** 12 CFR 1006.34(b)(5): receipt 5 days after sending, excluding legal public holidays, Saturdays, Sundays; +30. */
class ValidationPeriodTest {

    @ParameterizedTest(name = "sent {0}: received {1}, period ends {2} — {3}")
    @CsvSource(delimiter = '|', value = {
        "2026-06-01|2026-06-08|2026-07-08|Monday: five weekdays later is the next Monday",
        "2026-06-05|2026-06-12|2026-07-12|Friday: the weekend is skipped",
        "2026-06-15|2026-06-23|2026-07-23|Juneteenth (Friday 19 June) is skipped",
        "2026-11-24|2026-12-02|2027-01-01|Thanksgiving (Thursday 26 November) is skipped",
        "2026-07-01|2026-07-09|2026-08-08|Independence Day falls on a Saturday: observed Friday 3 July",
        "2026-12-28|2027-01-05|2027-02-04|New Year's Day 2027 (Friday) is skipped",
        "2027-12-27|2028-01-04|2028-02-03|New Year's Day 2028 is a Saturday, observed Friday 31 December 2027"
    })
    void receiptAndEnd(LocalDate sent, LocalDate receipt, LocalDate end, String why) {
        assertThat(ValidationPeriod.assumedReceipt(sent)).as(why).isEqualTo(receipt);
        assertThat(ValidationPeriod.end(sent)).as(why).isEqualTo(end);
    }
}
