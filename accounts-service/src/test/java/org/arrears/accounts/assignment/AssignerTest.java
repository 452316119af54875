package org.arrears.accounts.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.arrears.accounts.assignment.AssignmentStrategy.Challenger;
import org.arrears.accounts.assignment.AssignmentStrategy.Match;
import org.arrears.accounts.assignment.AssignmentStrategy.Rule;
import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AssignerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static Match match() {
        return new Match(null, null, null, null, null, null, null, null);
    }

    private static AccountFacts facts(String balance, LocalDate chargeOff, String state) {
        return new AccountFacts(UUID.randomUUID().toString(), "ACME", new BigDecimal(balance), chargeOff, state,
                "CREDIT_CARD", "prime");
    }

    private static final AssignmentStrategy STRATEGY = new AssignmentStrategy(List.of(
            new Rule("big", new Match(null, new BigDecimal("5000"), null, null, null, null, null, null), "big", 1, null),
            new Rule("fresh-ma", new Match(List.of("ACME"), null, new BigDecimal("4999.99"), null, 90, List.of("MA"),
                    List.of("CREDIT_CARD"), List.of("prime")), "fresh-ma", 2, null),
            new Rule("default", match(), "general", 50, null)));

    @Test
    void theFirstMatchingRuleWins() {
        Assigner assigner = new Assigner(STRATEGY, 7);
        assertThat(assigner.assign(facts("5000.00", TODAY.minusDays(10), "MA"), TODAY).queue()).isEqualTo("big");
        Assignment fresh = assigner.assign(facts("100.00", TODAY.minusDays(90), "MA"), TODAY);
        assertThat(fresh.queue()).isEqualTo("fresh-ma");
        assertThat(fresh.priority()).isEqualTo(2);
        assertThat(fresh.strategyVersion()).isEqualTo(7);
    }

    @Test
    void everyCriterionMustHoldOtherwiseTheDefaultApplies() {
        Assigner assigner = new Assigner(STRATEGY, 1);
        assertThat(assigner.assign(facts("100.00", TODAY.minusDays(91), "MA"), TODAY).queue()).isEqualTo("general");
        assertThat(assigner.assign(facts("100.00", TODAY.minusDays(10), "NY"), TODAY).queue()).isEqualTo("general");
        // Days since charge-off never match an account that is not charged off.
        assertThat(assigner.assign(facts("100.00", null, "MA"), TODAY).queue()).isEqualTo("general");
        assertThat(assigner.assign(new AccountFacts("a", "OTHER", new BigDecimal("1"), TODAY, "MA", "CREDIT_CARD",
                "prime"), TODAY).queue()).isEqualTo("general");
    }

    @Test
    void anUnvalidatedStrategyWithoutDefaultFailsLoudly() {
        Assigner assigner = new Assigner(new AssignmentStrategy(List.of(STRATEGY.rules().get(0))), 1);
        assertThatThrownBy(() -> assigner.assign(facts("1.00", null, "MA"), TODAY))
                .isInstanceOf(IllegalStateException.class);
    }

    @Property(tries = 200)
    void theChallengerArmIsStablePerAccount(@ForAll("ids") String accountId, @ForAll @IntRange(min = 1, max = 99) int percent) {
        Assigner assigner = new Assigner(new AssignmentStrategy(List.of(new Rule("d", match(), "champion", 5,
                new Challenger("challenger", 6, percent)))), 1);
        AccountFacts facts = new AccountFacts(accountId, "ACME", BigDecimal.TEN, null, null, "X", null);
        assertThat(assigner.assign(facts, TODAY)).isEqualTo(assigner.assign(facts, TODAY));
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> ids() {
        return net.jqwik.api.Arbitraries.create(() -> UUID.randomUUID().toString());
    }

    @Test
    void theChallengerTakesItsShareOfMatchingAccounts() {
        Assigner assigner = new Assigner(new AssignmentStrategy(List.of(new Rule("d", match(), "champion", 5,
                new Challenger("challenger", null, 20)))), 1);
        int challengers = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            Assignment a = assigner.assign(facts("10.00", null, "MA"), TODAY);
            if (a.challenger()) {
                challengers++;
                assertThat(a.queue()).isEqualTo("challenger");
                assertThat(a.priority()).isEqualTo(5); // the rule's priority when the challenger names none
            }
        }
        assertThat(challengers / (double) n).isBetween(0.18, 0.22);
    }
}
