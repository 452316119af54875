package org.arrears.payments.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ReversalCodeTest {

    private static final Instant RETURNED = Instant.parse("2026-11-01T10:00:00Z");

    private static ReversalCode code(String c) {
        return ReversalCode.parse(c).orElseThrow();
    }

    @Test
    void acceptsNachaReturnCodesAndChargebackOnly() {
        assertThat(ReversalCode.parse("R01")).isPresent();
        assertThat(ReversalCode.parse("R99")).isPresent();
        assertThat(ReversalCode.parse("CHARGEBACK")).isPresent();
        assertThat(ReversalCode.parse("R00")).isEmpty();
        assertThat(ReversalCode.parse("R1")).isEmpty();
        assertThat(ReversalCode.parse("R100")).isEmpty();
        assertThat(ReversalCode.parse("r01")).isEmpty();
        assertThat(ReversalCode.parse(null)).isEmpty();
    }

    @Test
    void r01AndR09MayBeRepresentedTwiceWithinThirtyDaysOfTheFirstReturn() {
        for (String c : new String[] { "R01", "R09" }) {
            assertThat(code(c).representable(0, RETURNED, RETURNED)).isTrue();
            assertThat(code(c).representable(1, RETURNED, RETURNED.plus(Duration.ofDays(30)))).isTrue();
            assertThat(code(c).representable(2, RETURNED, RETURNED.plusSeconds(60))).isFalse();
            assertThat(code(c).representable(0, RETURNED, RETURNED.plus(Duration.ofDays(30)).plusSeconds(1))).isFalse();
        }
    }

    @Test
    void r07AndR10AreNeverRepresentedAndFlagTheAccount() {
        assertThat(code("R07").representable(0, RETURNED, RETURNED)).isFalse();
        assertThat(code("R10").representable(0, RETURNED, RETURNED)).isFalse();
        assertThat(code("R07").accountFlag()).contains("ACH_AUTHORIZATION_REVOKED");
        assertThat(code("R10").accountFlag()).contains("ACH_UNAUTHORIZED_DEBIT");
        assertThat(code("R01").accountFlag()).isEmpty();
        assertThat(code("CHARGEBACK").representable(0, RETURNED, RETURNED)).isFalse();
    }
}
