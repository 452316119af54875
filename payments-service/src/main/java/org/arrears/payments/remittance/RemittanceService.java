package org.arrears.payments.remittance;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.payments.payment.Payment;
import org.arrears.payments.terms.RemitMode;
import org.arrears.payments.terms.TermsService;

/**
 * Builds a creditor's remittance for whole UTC days {@code from}..{@code to} inclusive: payments posted in the
 * period count in full, reversals made in the period count negated, whatever period their payment was in. Each
 * payment's fee uses the percent in force when it posted.
 */
@ApplicationScoped
public class RemittanceService {

    @Inject
    TermsService terms;

    @Transactional
    public RemittanceStatement statement(String creditorId, LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        RemitMode mode = terms.forPosting(creditorId).remitMode();
        List<RemittanceLine> lines = new ArrayList<>();
        for (Payment p : Payment.<Payment>list("creditorId = ?1 and postedAt >= ?2 and postedAt < ?3", creditorId,
                start, end)) {
            lines.add(RemittanceStatement.line("PAYMENT", 1, facts(p), mode));
        }
        for (Payment p : Payment.<Payment>list("creditorId = ?1 and reversedAt >= ?2 and reversedAt < ?3", creditorId,
                start, end)) {
            lines.add(RemittanceStatement.line("REVERSAL", -1, facts(p), mode));
        }
        return RemittanceStatement.of(creditorId, from, to, mode, lines);
    }

    private static RemittanceStatement.PaymentFacts facts(Payment p) {
        int scale = Currency.getInstance(p.currency).getDefaultFractionDigits();
        return new RemittanceStatement.PaymentFacts(p.id, p.accountId, p.processorTxnId, p.method.name(), p.currency,
                p.amount.setScale(scale, RoundingMode.UNNECESSARY), p.feePercent.setScale(2, RoundingMode.UNNECESSARY),
                p.postedAt, p.reversedAt, p.reversalCode);
    }
}
