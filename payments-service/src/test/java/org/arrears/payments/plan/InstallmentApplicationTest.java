package org.arrears.payments.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class InstallmentApplicationTest {

    private static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void paysTheOldestInstallmentFirstAndSpillsIntoTheNext() {
        assertThat(InstallmentApplication.apply(amounts("50.00", "100.00", "100.00"), new BigDecimal("120.00")))
                .isEqualTo(amounts("50.00", "70.00", "0.00"));
    }

    @Test
    void whatIsLeftAfterTheLastInstallmentIsNotApplied() {
        List<BigDecimal> takes = InstallmentApplication.apply(amounts("30.00"), new BigDecimal("45.00"));
        assertThat(takes).isEqualTo(amounts("30.00"));
    }
}
