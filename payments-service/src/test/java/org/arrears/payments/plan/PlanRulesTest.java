package org.arrears.payments.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.payments.balance.AllocationOrder;
import org.arrears.payments.balance.Balances;
import org.arrears.payments.terms.RemitMode;
import org.arrears.payments.terms.Terms;
import org.arrears.platform.money.Money;
import org.arrears.platform.problem.Problem.Violation;
import org.junit.jupiter.api.Test;

/** Drafting plans from requests (shape, generation) and checking them against terms. */
class PlanRulesTest {

    static final LocalDate TODAY = LocalDate.parse("2027-01-15");
    static final Balances BALANCE = Balances.of("USD", new BigDecimal("900.00"), new BigDecimal("80.00"),
            new BigDecimal("20.00"), BigDecimal.ZERO); // 1000.00
    static final Terms TERMS = new Terms("C1", 4, new BigDecimal("30"), RemitMode.NET, new BigDecimal("60"), 6,
            new BigDecimal("50.00"), 30, 5, AllocationOrder.DEFAULT, Instant.EPOCH);

    private static PlanRequest promise(String amount, LocalDate due) {
        return new PlanRequest("A1", PlanType.PROMISE, new BigDecimal(amount), due, null, null, null, null, null, null,
                null);
    }

    private static PlanRequest generated(PlanType type, String each, int count, Frequency f, LocalDate first,
            String percent, String settlement) {
        return new PlanRequest("A1", type, null, null, null, each == null ? null : new BigDecimal(each), count, f, first,
                percent == null ? null : new BigDecimal(percent), settlement == null ? null : new BigDecimal(settlement));
    }

    private static List<Violation> check(PlanRequest r) {
        PlanDrafts.Result result = PlanDrafts.build(r, BALANCE);
        assertThat(result.violations()).isEmpty();
        return PlanRules.check(result.draft(), TERMS, BALANCE, TODAY);
    }

    private static List<String> shapeErrors(PlanRequest r) {
        return PlanDrafts.build(r, BALANCE).violations().stream().map(Violation::field).toList();
    }

    @Test
    void aPromiseIsOneInstallment() {
        PlanDraft d = PlanDrafts.build(promise("200.00", TODAY.plusDays(10)), BALANCE).draft();

        assertThat(d.schedule()).containsExactly(new ScheduledInstallment(1, TODAY.plusDays(10),
                Money.of("200.00", "USD")));
        assertThat(PlanRules.check(d, TERMS, BALANCE, TODAY)).isEmpty();
    }

    @Test
    void aGeneratedInstallmentPlanRepeatsTheAmount() {
        PlanDraft d = PlanDrafts.build(generated(PlanType.INSTALLMENT, "100.00", 6, Frequency.MONTHLY,
                LocalDate.parse("2027-01-31"), null, null), BALANCE).draft();

        assertThat(d.total()).isEqualTo(Money.of("600.00", "USD"));
        assertThat(d.schedule()).extracting(ScheduledInstallment::dueDate).contains(LocalDate.parse("2027-02-28"));
    }

    @Test
    void aSettlementByPercentIsRoundedUpAndSplit() {
        PlanDraft d = PlanDrafts.build(generated(PlanType.SETTLEMENT, null, 3, Frequency.BIWEEKLY, TODAY.plusDays(1),
                "60.005", null), BALANCE).draft();

        assertThat(d.total()).isEqualTo(Money.of("600.05", "USD"));
        assertThat(d.schedule()).extracting(i -> i.amount().amount().toPlainString())
                .containsExactly("200.03", "200.01", "200.01");
        assertThat(PlanRules.check(d, TERMS, BALANCE, TODAY)).isEmpty();
    }

    @Test
    void aSettlementMayBePaidAtOnceOrByAnExplicitScheduleThatAddsUp() {
        PlanRequest once = new PlanRequest("A1", PlanType.SETTLEMENT, null, TODAY, null, null, null, null, null, null,
                new BigDecimal("650.00"));
        assertThat(check(once)).isEmpty();

        PlanRequest wrongSum = new PlanRequest("A1", PlanType.SETTLEMENT, null, null, List.of(
                new PlanRequest.Due(TODAY, new BigDecimal("300.00")),
                new PlanRequest.Due(TODAY.plusDays(7), new BigDecimal("300.00"))), null, null, null, null, null,
                new BigDecimal("650.00"));
        assertThat(PlanDrafts.build(wrongSum, BALANCE).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("adds up to 600.00"));
    }

    @Test
    void fieldsThatDoNotFitTheTypeAreRefused() {
        assertThat(shapeErrors(new PlanRequest("A1", PlanType.PROMISE, new BigDecimal("10"), TODAY, null, null, 3,
                null, null, null, null))).containsExactly("count");
        assertThat(shapeErrors(new PlanRequest("A1", PlanType.PROMISE, null, null, null, null, null, null, null, null,
                null))).containsExactly("amount", "dueDate");
        assertThat(shapeErrors(generated(PlanType.INSTALLMENT, "10.005", 0, null, TODAY, null, null)))
                .containsExactly("installmentAmount", "frequency", "count");
        assertThat(shapeErrors(generated(PlanType.SETTLEMENT, null, 2, Frequency.WEEKLY, TODAY, "50", "500.00")))
                .containsExactly("settlementPercent");
    }

    @Test
    void theCreditorsLimitsAreEnforced() {
        // 7 installments of 20.00 starting in 40 days: too many, too late, first too small
        List<Violation> v = check(generated(PlanType.INSTALLMENT, "20.00", 7, Frequency.WEEKLY, TODAY.plusDays(40),
                null, null));

        assertThat(v).extracting(Violation::field).containsExactly("count", "firstDueDate", "installmentAmount");
        assertThat(v.get(0).message()).contains("at most 6");
        assertThat(v.get(1).message()).contains("2027-02-14");
        assertThat(v.get(2).message()).contains("50.00");
    }

    @Test
    void aFirstPaymentBelowTheMinimumIsFineWhenItIsTheWholePlan() {
        assertThat(check(promise("30.00", TODAY))).isEmpty();
    }

    @Test
    void datesMustNotBeInThePastAndMustIncrease() {
        assertThat(check(promise("100.00", TODAY.minusDays(1)))).extracting(Violation::message)
                .singleElement().asString().contains("in the past");
        PlanRequest unordered = new PlanRequest("A1", PlanType.INSTALLMENT, null, null, List.of(
                new PlanRequest.Due(TODAY.plusDays(7), new BigDecimal("100.00")),
                new PlanRequest.Due(TODAY.plusDays(7), new BigDecimal("100.00"))), null, null, null, null, null, null);
        assertThat(check(unordered)).extracting(Violation::field).containsExactly("schedule[1].dueDate");
    }

    @Test
    void aPlanMayNotAskForMoreThanTheBalance() {
        assertThat(check(promise("1000.01", TODAY))).extracting(Violation::message).singleElement().asString()
                .contains("more than the balance 1000.00");
    }

    @Test
    void aSettlementBelowTheCreditorsFloorIsRefused() {
        PlanRequest low = new PlanRequest("A1", PlanType.SETTLEMENT, null, TODAY, null, null, null, null, null,
                new BigDecimal("59.99"), null);
        assertThat(check(low)).extracting(Violation::field).containsExactly("settlementPercent");
        PlanRequest atFloor = new PlanRequest("A1", PlanType.SETTLEMENT, null, TODAY, null, null, null, null, null,
                null, new BigDecimal("600.00"));
        assertThat(check(atFloor)).isEmpty();
    }
}
