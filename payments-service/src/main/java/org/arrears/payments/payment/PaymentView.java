package org.arrears.payments.payment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** A payment as the API shows it; amounts are strings at the currency's minor unit. */
public record PaymentView(UUID id, String accountId, String creditorId, String processorTxnId, PaymentMethod method,
        String currency, BigDecimal amount, Buckets allocation, UUID planId, List<Integer> installmentSeqs,
        Instant receivedAt, Instant postedAt, PaymentStatus status, String reversalCode, Instant reversedAt,
        Boolean representable, UUID representmentOf) {

    public record Buckets(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
    }

    static PaymentView of(Payment p, List<Integer> installmentSeqs) {
        int scale = Currency.getInstance(p.currency).getDefaultFractionDigits();
        return new PaymentView(p.id, p.accountId, p.creditorId, p.processorTxnId, p.method, p.currency,
                s(p.amount, scale), new Buckets(s(p.allocPrincipal, scale), s(p.allocInterest, scale),
                        s(p.allocFees, scale), s(p.allocCosts, scale)),
                p.planId, installmentSeqs, p.receivedAt, p.postedAt, p.status, p.reversalCode, p.reversedAt,
                p.representable, p.representmentOf);
    }

    private static BigDecimal s(BigDecimal v, int scale) {
        return v.setScale(scale, RoundingMode.UNNECESSARY);
    }
}
