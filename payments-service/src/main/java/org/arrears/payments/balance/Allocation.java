package org.arrears.payments.balance;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import org.arrears.events.payment.PaymentPosted;
import org.arrears.platform.money.Money;

/** How much of one payment went to each bucket; the parts add up to the payment. */
public record Allocation(Money principal, Money interest, Money fees, Money costs) {

    public static Allocation of(String currency, Map<Bucket, Money> parts) {
        Map<Bucket, Money> p = new EnumMap<>(Bucket.class);
        for (Bucket b : Bucket.values()) {
            p.put(b, parts.getOrDefault(b, Money.zero(currency)));
        }
        return new Allocation(p.get(Bucket.PRINCIPAL), p.get(Bucket.INTEREST), p.get(Bucket.FEES),
                p.get(Bucket.COSTS));
    }

    public static Allocation of(String currency, BigDecimal principal, BigDecimal interest, BigDecimal fees,
            BigDecimal costs) {
        return new Allocation(new Money(principal, currency), new Money(interest, currency), new Money(fees, currency),
                new Money(costs, currency));
    }

    public Money get(Bucket bucket) {
        return switch (bucket) {
            case PRINCIPAL -> principal;
            case INTEREST -> interest;
            case FEES -> fees;
            case COSTS -> costs;
        };
    }

    public Money total() {
        return principal.plus(interest).plus(fees).plus(costs);
    }

    public PaymentPosted.Allocation toEvent() {
        return new PaymentPosted.Allocation(principal.amount(), interest.amount(), fees.amount(), costs.amount());
    }
}
