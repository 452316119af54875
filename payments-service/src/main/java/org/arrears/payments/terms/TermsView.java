package org.arrears.payments.terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A version of a creditor's terms as the API shows it. */
public record TermsView(String creditorId, int version, BigDecimal contingencyFeePercent, RemitMode remitMode,
        BigDecimal minSettlementPercent, int maxInstallments, BigDecimal minFirstPayment, int maxDaysToFirstDue,
        int graceDays, List<String> allocationOrder, Instant createdAt) {

    static TermsView of(Terms t) {
        return new TermsView(t.creditorId(), t.version(), two(t.contingencyFeePercent()), t.remitMode(),
                two(t.minSettlementPercent()), t.maxInstallments(), two(t.minFirstPayment()), t.maxDaysToFirstDue(),
                t.graceDays(), t.allocationOrder().names(), t.createdAt());
    }

    /** Stored with up to four places, validated to two: shown with exactly two ("33.50"). */
    private static BigDecimal two(BigDecimal value) {
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
