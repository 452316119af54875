package org.arrears.contact.notice;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The content of a Reg F model validation notice (12 CFR 1006.34(c), Model Form B-1) as far as the placement
 * data reach: the creditor, the itemization (1006.34(c)(2)), and the dates of the validation period.
 *
 * @param creditorName the creditor to whom the debt is owed (its id until the placement carries a name)
 * @param itemizationDate the Reg F itemization date chosen (1006.34(b)(3)): the charge-off date, else the date
 *        of first delinquency, else the placement date
 * @param amountOnItemizationDate what was owed then; the changes since are interest, fees and payments
 */
public record NoticeContent(
        String noticeId,
        String accountId,
        String creditorName,
        String creditorAccountRef,
        String currency,
        LocalDate itemizationDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountOnItemizationDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal interestSince,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal feesSince,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal paymentsSince,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountNow,
        LocalDate sentOn,
        LocalDate assumedReceivedOn,
        LocalDate disputeBy,
        String channel) {
}
