package org.arrears.payments.balance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.arrears.platform.money.Money;

/**
 * Splits a payment across an account's buckets. Money is never created or lost: the parts add up to the
 * payment exactly and no bucket receives more than it holds.
 */
public final class Allocator {

    private Allocator() {
    }

    /**
     * @throws IllegalArgumentException when the payment is not positive, in another currency, or more than the
     *         balance (overpayment is refused before it gets here)
     */
    public static Allocation allocate(Balances balances, Money payment, AllocationOrder order) {
        if (!payment.currency().equals(balances.currency())) {
            throw new IllegalArgumentException("payment in " + payment.currency() + " for a balance in "
                    + balances.currency());
        }
        if (payment.amount().signum() <= 0) {
            throw new IllegalArgumentException("payment must be positive, got " + payment);
        }
        if (payment.amount().compareTo(balances.total().amount()) > 0) {
            throw new IllegalArgumentException("payment " + payment + " exceeds the balance " + balances.total());
        }
        return order.proRata() ? proRata(balances, payment) : sequential(balances, payment, order.sequence());
    }

    private static Allocation sequential(Balances balances, Money payment, List<Bucket> sequence) {
        Map<Bucket, Money> parts = new EnumMap<>(Bucket.class);
        BigDecimal left = payment.amount();
        for (Bucket b : sequence) {
            BigDecimal take = left.min(balances.get(b).amount());
            parts.put(b, new Money(take, payment.currency()));
            left = left.subtract(take);
        }
        return Allocation.of(payment.currency(), parts);
    }

    /**
     * Each bucket gets its share rounded down to the minor unit; the few units left over go one each to the
     * buckets with the largest discarded fractions (ties in bucket order), so the sum is exact and no bucket
     * is overpaid.
     */
    private static Allocation proRata(Balances balances, Money payment) {
        String currency = payment.currency();
        int scale = payment.amount().scale();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        BigDecimal total = balances.total().amount();
        Map<Bucket, BigDecimal> shares = new EnumMap<>(Bucket.class);
        List<Share> fractions = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (Bucket b : Bucket.values()) {
            BigDecimal exact = payment.amount().multiply(balances.get(b).amount());
            BigDecimal floor = exact.divide(total, scale, RoundingMode.DOWN);
            BigDecimal fraction = exact.subtract(floor.multiply(total));
            shares.put(b, floor);
            fractions.add(new Share(b, fraction));
            given = given.add(floor);
        }
        fractions.sort(Comparator.comparing(Share::fraction).reversed()
                .thenComparing(s -> s.bucket().ordinal()));
        BigDecimal left = payment.amount().subtract(given);
        for (Share s : fractions) {
            if (left.signum() <= 0) {
                break;
            }
            if (shares.get(s.bucket()).add(unit).compareTo(balances.get(s.bucket()).amount()) <= 0) {
                shares.merge(s.bucket(), unit, BigDecimal::add);
                left = left.subtract(unit);
            }
        }
        Map<Bucket, Money> parts = new EnumMap<>(Bucket.class);
        shares.forEach((b, v) -> parts.put(b, new Money(v, currency)));
        return Allocation.of(currency, parts);
    }

    private record Share(Bucket bucket, BigDecimal fraction) {
    }
}
