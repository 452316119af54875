package org.arrears.payments.terms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.arrears.platform.problem.Problem.Violation;
import org.junit.jupiter.api.Test;

class TermsRulesTest {

    static TermsRequest valid() {
        return new TermsRequest(new BigDecimal("30"), RemitMode.NET, new BigDecimal("60"), 12, new BigDecimal("50.00"),
                30, 5, List.of("FEES", "COSTS", "INTEREST", "PRINCIPAL"));
    }

    private static List<String> fields(TermsRequest r) {
        return TermsRules.check(r).stream().map(Violation::field).toList();
    }

    @Test
    void validTermsHaveNoViolationsAndBecomeTerms() {
        assertThat(TermsRules.check(valid())).isEmpty();
        Terms t = TermsRules.toTerms("C1", 3, valid(), Instant.EPOCH);
        assertThat(t.version()).isEqualTo(3);
        assertThat(t.allocationOrder().names()).containsExactly("FEES", "COSTS", "INTEREST", "PRINCIPAL");
    }

    @Test
    void everyMissingFieldIsNamed() {
        assertThat(fields(new TermsRequest(null, null, null, null, null, null, null, null))).containsExactly(
                "contingencyFeePercent", "remitMode", "minSettlementPercent", "maxInstallments", "minFirstPayment",
                "maxDaysToFirstDue", "graceDays", "allocationOrder");
    }

    @Test
    void percentagesMustBeBetweenZeroAndAHundredWithTwoDecimalsAtMost() {
        assertThat(fields(new TermsRequest(new BigDecimal("100.01"), RemitMode.NET, new BigDecimal("0"), 12,
                BigDecimal.TEN, 30, 5, List.of("PRO_RATA")))).containsExactly("contingencyFeePercent",
                        "minSettlementPercent");
        assertThat(fields(new TermsRequest(new BigDecimal("33.333"), RemitMode.GROSS, new BigDecimal("100"), 12,
                BigDecimal.TEN, 30, 5, List.of("PRO_RATA")))).containsExactly("contingencyFeePercent");
        assertThat(fields(new TermsRequest(BigDecimal.ZERO, RemitMode.GROSS, new BigDecimal("100"), 12,
                BigDecimal.TEN, 30, 5, List.of("PRO_RATA")))).isEmpty();
    }

    @Test
    void limitsMustBeInRange() {
        assertThat(fields(new TermsRequest(BigDecimal.TEN, RemitMode.NET, BigDecimal.TEN, 0, new BigDecimal("-1"), 366,
                31, List.of("PRO_RATA")))).containsExactly("maxInstallments", "minFirstPayment", "maxDaysToFirstDue",
                        "graceDays");
        assertThat(fields(new TermsRequest(BigDecimal.TEN, RemitMode.NET, BigDecimal.TEN, 121, new BigDecimal("1.001"),
                -1, -1, List.of("PRO_RATA")))).containsExactly("maxInstallments", "minFirstPayment",
                        "maxDaysToFirstDue", "graceDays");
    }

    @Test
    void anAllocationOrderMustNameEveryBucketOnceOrBeProRata() {
        assertThat(TermsRules.check(new TermsRequest(BigDecimal.TEN, RemitMode.NET, BigDecimal.TEN, 1, BigDecimal.ONE,
                1, 1, List.of("FEES", "INTEREST")))).singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("allocationOrder");
                    assertThat(v.message()).contains("missing");
                });
    }

    @Test
    void termsThatDifferOnlyInVersionAndTimeAreTheSame() {
        Terms a = TermsRules.toTerms("C1", 1, valid(), Instant.EPOCH);
        Terms b = TermsRules.toTerms("C1", 2, new TermsRequest(new BigDecimal("30.00"), RemitMode.NET,
                new BigDecimal("60.0"), 12, new BigDecimal("50"), 30, 5, valid().allocationOrder()), Instant.now());
        Terms c = TermsRules.toTerms("C1", 2, new TermsRequest(new BigDecimal("30.00"), RemitMode.GROSS,
                new BigDecimal("60.0"), 12, new BigDecimal("50"), 30, 5, valid().allocationOrder()), Instant.now());
        assertThat(a.sameAs(b)).isTrue();
        assertThat(a.sameAs(c)).isFalse();
    }
}
