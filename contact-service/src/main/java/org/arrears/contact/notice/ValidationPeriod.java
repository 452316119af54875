package org.arrears.contact.notice;

import java.time.LocalDate;

/**
 * The dates of a validation notice (Reg F 1006.34): the notice is assumed received 5 business days after it is
 * sent (1006.34(b)(5)); the validation period, and so the dispute-by date printed on the notice, ends 30 days
 * after that receipt.
 */
public record ValidationPeriod(LocalDate sentOn, LocalDate assumedReceivedOn, LocalDate disputeBy) {

    public static final int RECEIPT_BUSINESS_DAYS = 5;
    public static final int VALIDATION_DAYS = 30;

    public static ValidationPeriod sentOn(LocalDate sent) {
        LocalDate received = BusinessDays.plusBusinessDays(sent, RECEIPT_BUSINESS_DAYS);
        return new ValidationPeriod(sent, received, received.plusDays(VALIDATION_DAYS));
    }
}
