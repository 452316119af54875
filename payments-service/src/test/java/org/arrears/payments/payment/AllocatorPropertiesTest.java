package org.arrears.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.arrears.payments.balance.Allocation;
import org.arrears.payments.balance.AllocationOrder;
import org.arrears.payments.balance.Allocator;
import org.arrears.payments.balance.Balances;
import org.arrears.payments.balance.Bucket;
import org.arrears.platform.money.Money;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Money is never created or lost by allocation, whatever the order, balance or payment. */
class AllocatorPropertiesTest {

    record Case(Balances balance, Money payment, AllocationOrder order) {
    }

    @Property(tries = 2000)
    void theAllocatedPartsAddUpToThePaymentAndNoBucketIsOverpaid(@ForAll("cases") Case c) {
        Allocation a = Allocator.allocate(c.balance(), c.payment(), c.order());

        assertThat(a.total()).isEqualTo(c.payment());
        for (Bucket b : Bucket.values()) {
            assertThat(a.get(b).amount().signum()).isNotNegative();
            assertThat(a.get(b).amount()).isLessThanOrEqualTo(c.balance().get(b).amount());
        }
        assertThat(c.balance().minus(a).total()).isEqualTo(c.balance().total().minus(c.payment()));
    }

    @Property(tries = 2000)
    void reversingAnAllocationRestoresTheBalanceExactly(@ForAll("cases") Case c) {
        Allocation a = Allocator.allocate(c.balance(), c.payment(), c.order());

        assertThat(c.balance().minus(a).plus(a)).isEqualTo(c.balance());
    }

    @Property(tries = 1000)
    void inASequentialOrderALaterBucketIsPaidOnlyWhenEveryEarlierOneIsFull(@ForAll("cases") Case c) {
        if (c.order().proRata()) {
            return;
        }
        Allocation a = Allocator.allocate(c.balance(), c.payment(), c.order());
        List<Bucket> seq = c.order().sequence();
        for (int i = 1; i < seq.size(); i++) {
            if (a.get(seq.get(i)).amount().signum() > 0) {
                for (Bucket earlier : seq.subList(0, i)) {
                    assertThat(a.get(earlier)).isEqualTo(c.balance().get(earlier));
                }
            }
        }
    }

    @Property(tries = 1000)
    void proRataSharesAreWithinOneMinorUnitOfTheExactProportion(@ForAll("cases") Case c) {
        Allocation a = Allocator.allocate(c.balance(), c.payment(), AllocationOrder.PRO_RATA_ORDER);
        BigDecimal total = c.balance().total().amount();
        BigDecimal unit = BigDecimal.ONE.movePointLeft(c.payment().amount().scale());
        for (Bucket b : Bucket.values()) {
            BigDecimal exact = c.payment().amount().multiply(c.balance().get(b).amount())
                    .divide(total, 10, java.math.RoundingMode.HALF_EVEN);
            assertThat(a.get(b).amount().subtract(exact).abs()).isLessThan(unit);
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> currency = Arbitraries.of("USD", "JPY", "BHD");
        Arbitrary<Long> units = Arbitraries.longs().between(0, 5_000_000).edgeCases(e -> e.add(0L).add(1L));
        Arbitrary<List<Bucket>> order = Arbitraries.of(Bucket.class).list().uniqueElements().ofSize(4);
        Arbitrary<Boolean> proRata = Arbitraries.of(true, false);
        return Combinators.combine(currency, units.list().ofSize(4), order, proRata, Arbitraries.integers()
                .between(1, 10_000).edgeCases(e -> e.add(10_000))).as((cur, parts, seq, pr, share) -> {
                    int scale = java.util.Currency.getInstance(cur).getDefaultFractionDigits();
                    List<BigDecimal> amounts = new ArrayList<>();
                    for (Long p : parts) {
                        amounts.add(BigDecimal.valueOf(p, scale));
                    }
                    Balances balance = Balances.of(cur, amounts.get(0), amounts.get(1), amounts.get(2), amounts.get(3));
                    long totalUnits = parts.stream().mapToLong(Long::longValue).sum();
                    // share: the payment as parts per 10,000 of the balance, the whole balance included
                    long payUnits = Math.max(1, Math.min(totalUnits, totalUnits * share / 10_000));
                    Money payment = new Money(BigDecimal.valueOf(payUnits, scale), cur);
                    return new Case(balance, payment, pr ? AllocationOrder.PRO_RATA_ORDER : new AllocationOrder(seq));
                }).filter(c -> c.balance().total().amount().signum() > 0);
    }
}
