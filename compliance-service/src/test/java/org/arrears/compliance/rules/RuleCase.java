package org.arrears.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.function.Supplier;

/**
 * One row of a rule's table: the regulation's example it comes from, the facts, the check, and the expected
 * answer: {@code deniedBy} null for ALLOW, else the reason code that must be listed, with the expected
 * {@code nextEligible} in New York local time (null when waiting will not help).
 */
record RuleCase(String citation, String example, Supplier<DebtFacts> facts, ContactCheck check, String deniedBy,
        String nextEligible) {

    static RuleCase allow(String citation, String example, Supplier<DebtFacts> facts, ContactCheck check) {
        return new RuleCase(citation, example, facts, check, null, null);
    }

    static RuleCase deny(String citation, String example, Supplier<DebtFacts> facts, ContactCheck check,
            String code, String nextEligible) {
        return new RuleCase(citation, example, facts, check, code, nextEligible);
    }

    void verify() {
        Decision d = Facts.decide(check, facts.get());
        if (deniedBy == null) {
            assertThat(d.reasons()).as(this.toString()).isEmpty();
            assertThat(d.allowed()).isTrue();
            assertThat(d.nextEligibleAt()).isNull();
            return;
        }
        assertThat(d.allowed()).as(toString()).isFalse();
        assertThat(d.reasons()).as(toString()).anySatisfy(v -> {
            assertThat(v.code()).isEqualTo(deniedBy);
            assertThat(v.citation()).isNotBlank();
            assertThat(v.message()).isNotBlank();
        });
        if (nextEligible == null) {
            assertThat(d.nextEligibleAt()).as(toString()).isNull();
        } else {
            assertThat(d.nextEligibleAt()).as(toString())
                    .isEqualTo(LocalDateTime.parse(nextEligible).atZone(Facts.NEW_YORK).toInstant());
        }
    }

    @Override
    public String toString() {
        return citation + " — " + example;
    }
}
