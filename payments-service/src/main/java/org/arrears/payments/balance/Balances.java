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

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? Money.zero(currency) : new Money(amount, currency);
    }
}
