package org.arrears.accounts.account;

import java.math.BigDecimal;

/**
 * The four balance buckets and the arithmetic on them. A payment never takes a bucket below zero: an
 * overpayment is the payments ledger's business, the account just reaches zero.
 */
public record Balances(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {

    public static Balances of(Account a) {
        return new Balances(a.principal, a.interest, a.fees, a.costs);
    }

    public static Balances zero() {
        return new Balances(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    public static Balances nullSafe(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
        return new Balances(z(principal), z(interest), z(fees), z(costs));
    }

    public Balances minusFloored(Balances paid) {
        return new Balances(floor(principal.subtract(paid.principal)), floor(interest.subtract(paid.interest)),
                floor(fees.subtract(paid.fees)), floor(costs.subtract(paid.costs)));
    }

    public Balances plus(Balances other) {
        return new Balances(principal.add(other.principal), interest.add(other.interest), fees.add(other.fees),
                costs.add(other.costs));
    }

    public Balances minus(Balances other) {
        return new Balances(principal.subtract(other.principal), interest.subtract(other.interest),
                fees.subtract(other.fees), costs.subtract(other.costs));
    }

    public BigDecimal total() {
        return principal.add(interest).add(fees).add(costs);
    }

    public void applyTo(Account a) {
        a.principal = principal;
        a.interest = interest;
        a.fees = fees;
        a.costs = costs;
    }

    private static BigDecimal floor(BigDecimal d) {
        return d.signum() < 0 ? BigDecimal.ZERO : d;
    }

    private static BigDecimal z(BigDecimal d) {
        return d == null ? BigDecimal.ZERO : d;
    }
}
