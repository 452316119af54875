package org.arrears.compliance.time;

import java.time.LocalDate;

/**
 * When the validation period ends (1006.34(b)(5)): the collector may assume the person received the notice
 * five days after sending it, excluding legal public holidays, Saturdays and Sundays; the period ends 30 days
 * after that receipt.
 */
public final class ValidationPeriod {

    public static final int RECEIPT_BUSINESS_DAYS = 5;
    public static final int PERIOD_DAYS = 30;

    private ValidationPeriod() {
    }

    public static LocalDate assumedReceipt(LocalDate sent) {
        return FederalHolidays.plusBusinessDays(sent, RECEIPT_BUSINESS_DAYS);
    }

    public static LocalDate end(LocalDate sent) {
        return assumedReceipt(sent).plusDays(PERIOD_DAYS);
    }
}
