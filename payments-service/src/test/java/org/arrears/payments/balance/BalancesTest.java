package org.arrears.payments.balance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.arrears.platform.money.Money;
import org.junit.jupiter.api.Test;

class BalancesTest {

    @Test
    void totalIsTheSumOfTheBucketsAtTheCurrencysMinorUnit() {
        Balances b = Balances.of("USD", new BigDecimal("1250"), new BigDecimal("30.5"), BigDecimal.ZERO,
                new BigDecimal("15.0000"));

        assertThat(b.total()).isEqualTo(Money.of("1295.50", "USD"));
        assertThat(b.interest().amount().toPlainString()).isEqualTo("30.50");
        assertThat(b.costs().amount().toPlainString()).isEqualTo("15.00");
    }

    @Test
    void aMissingBucketIsZero() {
        Balances b = Balances.of("JPY", new BigDecimal("5000"), null, null, null);

        assertThat(b.fees()).isEqualTo(Money.zero("JPY"));
        assertThat(b.total().amount().toPlainString()).isEqualTo("5000");
    }

    @Test
    void anAmountFinerThanTheMinorUnitOrAnUnknownCurrencyIsRefused() {
        assertThatThrownBy(() -> Balances.of("USD", new BigDecimal("10.005"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("decimal places");
        assertThatThrownBy(() -> Balances.of("XYZ", BigDecimal.ONE, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("XYZ");
    }

    @Test
    void bucketsInDifferentCurrenciesAreRefused() {
        assertThatThrownBy(() -> new Balances(Money.of("1.00", "USD"), Money.zero("EUR"), Money.zero("USD"),
                Money.zero("USD"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("EUR");
    }
}
