package org.arrears.contact.notice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Builds a validation notice's content from the placement's facts. The placement carries balances by bucket but
 * no itemization history, so the whole balance at placement is the amount on the itemization date and nothing is
 * shown as accrued or paid since (true for a fresh placement; a notice for an older account needs the history
 * accounts-service does not publish yet).
 */
public final class NoticeBuilder {

    private NoticeBuilder() {
    }

    public static NoticeContent build(String noticeId, AccountFacts facts, LocalDate sentOn, String channel) {
        ValidationPeriod period = ValidationPeriod.sentOn(sentOn);
        BigDecimal owed = money(facts.principal.add(facts.interest).add(facts.fees).add(facts.costs));
        return new NoticeContent(noticeId, facts.accountId, facts.creditorId, facts.creditorRef, facts.currency,
                itemizationDate(facts), owed, money(BigDecimal.ZERO), money(BigDecimal.ZERO), money(BigDecimal.ZERO),
                owed, period.sentOn(), period.assumedReceivedOn(), period.disputeBy(), channel);
    }

    /** 1006.34(b)(3) lets the collector pick; charge-off is the usual one for charged-off credit. */
    static LocalDate itemizationDate(AccountFacts facts) {
        if (facts.chargeOffDate != null) {
            return facts.chargeOffDate;
        }
        if (facts.firstDelinquencyDate != null) {
            return facts.firstDelinquencyDate;
        }
        return LocalDate.ofInstant(facts.placedAt, ZoneOffset.UTC);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }
}
