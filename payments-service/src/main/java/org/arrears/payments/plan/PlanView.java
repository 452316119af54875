package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A plan as the API shows it; amounts are strings at the currency's minor unit. */
public record PlanView(UUID id, String accountId, String creditorId, PlanType type, PlanStatus status, String currency,
        BigDecimal total, BigDecimal paid, BigDecimal settlementPercent, int termsVersion, int graceDays,
        List<InstallmentView> installments, NextDue nextDue, Instant createdAt, Instant endedAt, String endReason) {

    public record InstallmentView(int seq, LocalDate dueDate, BigDecimal amount, BigDecimal paid, boolean isPaid) {
    }

    /** The installment now due and what is still owed on it; {@code graceEnd} is the last day before it breaks. */
    public record NextDue(int seq, LocalDate dueDate, BigDecimal amount, LocalDate graceEnd) {
    }

    static PlanView of(PaymentPlan p) {
        int scale = java.util.Currency.getInstance(p.currency).getDefaultFractionDigits();
        List<InstallmentView> is = p.installments.stream().map(i -> new InstallmentView(i.seq, i.dueDate,
                scaled(i.amount, scale), scaled(i.paid, scale), i.isPaid())).toList();
        NextDue next = p.status != PlanStatus.ACTIVE ? null : p.nextDue().map(i -> new NextDue(i.seq, i.dueDate,
                scaled(i.outstanding(), scale), p.graceEnd(i))).orElse(null);
        return new PlanView(p.id, p.accountId, p.creditorId, p.type, p.status, p.currency, scaled(p.total, scale),
                scaled(p.paid(), scale), p.settlementPercent == null ? null : p.settlementPercent.stripTrailingZeros(),
                p.termsVersion, p.graceDays, is, next, p.createdAt, p.endedAt, p.endReason);
    }

    private static BigDecimal scaled(BigDecimal amount, int scale) {
        return amount.setScale(scale, java.math.RoundingMode.UNNECESSARY);
    }
}
