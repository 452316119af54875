package org.arrears.payments.remittance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.arrears.payments.terms.RemitMode;

/**
 * What the agency owes a creditor for a period: one line per payment and per reversal, and totals per currency
 * that are the sums of the lines, so the statement reconciles to the cent by construction.
 */
public record RemittanceStatement(String creditorId, LocalDate from, LocalDate to, RemitMode remitMode,
        List<RemittanceTotals> totals, List<RemittanceLine> lines) {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The contingency fee on one payment, rounded half up to the currency's minor unit. */
    public static BigDecimal fee(BigDecimal amount, BigDecimal percent) {
        return amount.multiply(percent).divide(HUNDRED).setScale(amount.scale(), RoundingMode.HALF_UP);
    }

    /** A line for a payment (sign +1) or its reversal (sign −1), with the fee of the payment negated for the latter. */
    public static RemittanceLine line(String kind, int sign, PaymentFacts p, RemitMode mode) {
        BigDecimal fee = fee(p.amount(), p.feePercent());
        BigDecimal amount = sign < 0 ? p.amount().negate() : p.amount();
        BigDecimal signedFee = sign < 0 ? fee.negate() : fee;
        BigDecimal net = mode == RemitMode.NET ? amount.subtract(signedFee) : amount;
        return new RemittanceLine(kind, sign < 0 ? p.reversedAt() : p.postedAt(), p.paymentId(), p.accountId(),
                p.processorTxnId(), p.method(), sign < 0 ? p.reversalCode() : null, p.currency(), amount,
                p.feePercent(), signedFee, net);
    }

    public static RemittanceStatement of(String creditorId, LocalDate from, LocalDate to, RemitMode mode,
            List<RemittanceLine> unordered) {
        List<RemittanceLine> lines = new ArrayList<>(unordered);
        lines.sort(Comparator.comparing(RemittanceLine::at).thenComparing(RemittanceLine::kind)
                .thenComparing(RemittanceLine::paymentId));
        Map<String, List<RemittanceLine>> byCurrency = new TreeMap<>();
        for (RemittanceLine l : lines) {
            byCurrency.computeIfAbsent(l.currency(), c -> new ArrayList<>()).add(l);
        }
        List<RemittanceTotals> totals = new ArrayList<>();
        byCurrency.forEach((currency, ls) -> totals.add(totals(currency, ls, mode)));
        return new RemittanceStatement(creditorId, from, to, mode, totals, lines);
    }

    private static RemittanceTotals totals(String currency, List<RemittanceLine> lines, RemitMode mode) {
        int scale = java.util.Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal zero = BigDecimal.ZERO.setScale(scale);
        BigDecimal gross = zero;
        BigDecimal reversals = zero;
        BigDecimal fee = zero;
        BigDecimal net = zero;
        int payments = 0;
        int reversed = 0;
        for (RemittanceLine l : lines) {
            if (l.amount().signum() >= 0) {
                gross = gross.add(l.amount());
                payments++;
            } else {
                reversals = reversals.add(l.amount().negate());
                reversed++;
            }
            fee = fee.add(l.fee());
            net = net.add(l.net());
        }
        return new RemittanceTotals(currency, payments, reversed, gross, reversals, gross.subtract(reversals), fee, net,
                mode == RemitMode.GROSS ? fee : zero);
    }

    /** What a line needs of a payment; kept apart from the entity so the arithmetic is testable on its own. */
    public record PaymentFacts(java.util.UUID paymentId, String accountId, String processorTxnId, String method,
            String currency, BigDecimal amount, BigDecimal feePercent, java.time.Instant postedAt,
            java.time.Instant reversedAt, String reversalCode) {
    }
}
