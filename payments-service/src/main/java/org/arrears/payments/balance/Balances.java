package org.arrears.payments.balance;

import java.math.BigDecimal;
import java.util.List;

import org.arrears.platform.money.Money;

/**
 * The four buckets of a balance in one currency, each at the currency's minor unit. Payments are allocated
 * across these buckets, so they are kept apart rather than as one total.
 */
public record Balances(Money principal, Money interest, Money fees, Money costs) {

    public Balances {
        for (Money m : List.of(interest, fees, costs)) {
            if (!m.currency().equals(principal.currency())) {
                throw new IllegalArgumentException("all buckets must be in " + principal.currency() + ", got "
                        + m.currency());
            }
        }
    }

    /**
     * Builds the buckets from plain amounts; a missing bucket is zero.
     *
     * @throws IllegalArgumentException for an unknown currency or an amount finer than its minor unit
     */
    public static Balances of(String currency, BigDecimal principal, BigDecimal interest, BigDecimal fees,
            BigDecimal costs) {
        return new Balances(money(principal, currency), money(interest, currency), money(fees, currency),
                money(costs, currency));
    }

    public String currency() {
        return principal.currency();
    }

    public Money total() {
        return principal.plus(interest).plus(fees).plus(costs);
    }

    public Money get(Bucket bucket) {
        return switch (bucket) {
            case PRINCIPAL -> principal;
            case INTEREST -> interest;
            case FEES -> fees;
            case COSTS -> costs;
        };
    }

    /** The balance after a payment took {@code a}; a bucket would go negative only through a bug, so it throws. */
    public Balances minus(Allocation a) {
        Balances after = new Balances(principal.minus(a.principal()), interest.minus(a.interest()),
                fees.minus(a.fees()), costs.minus(a.costs()));
        for (Bucket b : Bucket.values()) {
            if (after.get(b).isNegative()) {
                throw new IllegalArgumentException("allocation " + a + " exceeds the " + b + " bucket of " + this);
            }
        }
        return after;
    }

    /** The balance after a reversal gave {@code a} back. */
    public Balances plus(Allocation a) {
        return new Balances(principal.plus(a.principal()), interest.plus(a.interest()), fees.plus(a.fees()),
                costs.plus(a.costs()));
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? Money.zero(currency) : new Money(amount, currency);
    }
}
