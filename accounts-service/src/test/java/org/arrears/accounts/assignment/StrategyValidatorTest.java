package org.arrears.accounts.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.arrears.accounts.assignment.AssignmentStrategy.Match;
import org.arrears.accounts.assignment.AssignmentStrategy.Rule;
import org.arrears.platform.problem.Problem.Violation;
import org.junit.jupiter.api.Test;

class StrategyValidatorTest {

    private static final Match ANY = new Match(null, null, null, null, null, null, null, null);

    private static List<String> fields(AssignmentStrategy s) {
        return StrategyValidator.violations(s).stream().map(Violation::field).toList();
    }

    @Test
    void aStrategyEndingInADefaultIsValid() {
        assertThat(fields(new AssignmentStrategy(List.of(new Rule("d", ANY, "general", 50, null))))).isEmpty();
        assertThat(fields(new AssignmentStrategy(List.of(new Rule("d", null, "general", 50, null))))).isEmpty();
    }

    @Test
    void aDefaultRuleIsRequired() {
        assertThat(fields(new AssignmentStrategy(List.of()))).containsExactly("rules");
        assertThat(fields(new AssignmentStrategy(null))).containsExactly("rules");
        Match ma = new Match(null, null, null, null, null, List.of("MA"), null, null);
        assertThat(fields(new AssignmentStrategy(List.of(new Rule("ma", ma, "q", 1, null)))))
                .containsExactly("rules[0].match");
    }

    @Test
    void rangesAndNamesAreChecked() {
        Match bad = new Match(null, new BigDecimal("-1"), null, 10, 5, null, null, null);
        assertThat(fields(new AssignmentStrategy(List.of(new Rule("x", bad, "q", 2000, null),
                new Rule("x", ANY, null, null, new AssignmentStrategy.Challenger("c", null, 0))))))
                .containsExactlyInAnyOrder("rules[0].priority", "rules[0].match.minBalance",
                        "rules[0].match.maxDaysSinceChargeOff", "rules[1].name", "rules[1].queue",
                        "rules[1].priority", "rules[1].challenger.percent");
    }
}
