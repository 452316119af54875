package org.arrears.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.arrears.payments.balance.Allocation;
import org.arrears.payments.balance.AllocationOrder;
import org.arrears.payments.balance.Allocator;
import org.arrears.payments.balance.Balances;
import org.arrears.payments.balance.Bucket;
import org.arrears.platform.money.Money;
import org.junit.jupiter.api.Test;

class AllocatorTest {

    private static final Balances BALANCE = Balances.of("USD", new java.math.BigDecimal("1000.00"),
            new java.math.BigDecimal("200.00"), new java.math.BigDecimal("50.00"), new java.math.BigDecimal("25.00"));

    private static Allocation allocate(String amount, AllocationOrder order) {
        return Allocator.allocate(BALANCE, Money.of(amount, "USD"), order);
    }

    @Test
    void fillsTheBucketsInTheCreditorsOrder() {
        AllocationOrder order = new AllocationOrder(List.of(Bucket.FEES, Bucket.INTEREST, Bucket.PRINCIPAL, Bucket.COSTS));

        Allocation a = allocate("300.00", order);

        assertThat(a.fees()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(a.interest()).isEqualTo(Money.of("200.00", "USD"));
        assertThat(a.principal()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(a.costs()).isEqualTo(Money.zero("USD"));
    }

    @Test
    void proRataSharesInProportionAndGivesTheLeftoverCentsToTheLargestFractions() {
        // 100.00 of 1275.00: principal 78.431.., interest 15.686.., fees 3.921.., costs 1.960..
        Allocation a = allocate("100.00", AllocationOrder.PRO_RATA_ORDER);

        assertThat(a.principal()).isEqualTo(Money.of("78.43", "USD"));
        assertThat(a.interest()).isEqualTo(Money.of("15.69", "USD"));
        assertThat(a.fees()).isEqualTo(Money.of("3.92", "USD"));
        assertThat(a.costs()).isEqualTo(Money.of("1.96", "USD"));
        assertThat(a.total()).isEqualTo(Money.of("100.00", "USD"));
    }

    @Test
    void paymentOfTheWholeBalanceEmptiesEveryBucketWhateverTheOrder() {
        for (AllocationOrder order : List.of(AllocationOrder.DEFAULT, AllocationOrder.PRO_RATA_ORDER)) {
            Allocation a = allocate("1275.00", order);
            assertThat(BALANCE.minus(a).total()).isEqualTo(Money.zero("USD"));
        }
    }

    @Test
    void overpaymentAnotherCurrencyAndNothingAreRefused() {
        assertThatThrownBy(() -> allocate("1275.01", AllocationOrder.DEFAULT)).hasMessageContaining("exceeds");
        assertThatThrownBy(() -> Allocator.allocate(BALANCE, Money.of("1.00", "EUR"), AllocationOrder.DEFAULT))
                .hasMessageContaining("EUR");
        assertThatThrownBy(() -> allocate("0.00", AllocationOrder.DEFAULT)).hasMessageContaining("positive");
    }

    @Test
    void allocationOrdersAreParsedStrictly() {
        assertThat(AllocationOrder.parse(List.of("PRO_RATA")).order()).contains(AllocationOrder.PRO_RATA_ORDER);
        assertThat(AllocationOrder.parse(List.of("FEES", "COSTS", "INTEREST", "PRINCIPAL")).order().orElseThrow()
                .names()).containsExactly("FEES", "COSTS", "INTEREST", "PRINCIPAL");
        assertThat(AllocationOrder.parse(List.of("FEES", "FEES", "INTEREST", "PRINCIPAL")).error()).contains("twice");
        assertThat(AllocationOrder.parse(List.of("FEES", "INTEREST", "PRINCIPAL")).error()).contains("missing [COSTS]");
        assertThat(AllocationOrder.parse(List.of("FEES", "PRO_RATA")).error()).contains("unknown bucket PRO_RATA");
        assertThat(AllocationOrder.parse(List.of()).error()).isNotNull();
    }
}
