package org.arrears.compliance.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.arrears.compliance.jurisdiction.ContactLimit;
import org.arrears.compliance.jurisdiction.Jurisdiction;
import org.arrears.compliance.jurisdiction.RuleSet;

/**
 * Decides whether a contact is allowed: every applicable rule is evaluated and every violation reported. When
 * waiting helps, the earliest lawful time is found by iteration: each violated rule gives a time before which it
 * cannot be satisfied, the engine asks again at the latest of those, and stops at the first time no rule
 * objects. Since no rule's bound skips a lawful moment, the first such time is exact.
 */
public final class ComplianceEngine {

    /** How far ahead a lawful time is searched for; beyond it waiting is treated as not helping. */
    static final Duration HORIZON = Duration.ofDays(400);
    private static final int MAX_STEPS = 2_000;

    private final RuleSet ruleSet;
    private final List<Rule> federal;

    public ComplianceEngine(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
        var f = ruleSet.federal();
        this.federal = List.of(new CallFrequencyRule(f), new CallAfterConversationRule(f),
                new InconvenientTimeRule(f), new AttorneyRule(), new WorkplaceRule(), HoldRule.cease(),
                new MediumOptOutRule(), new ValidationNoticeRule(f), new DisputePendingRule(),
                new TcpaConsentRule(), HoldRule.bankruptcy(), HoldRule.deceased(), HoldRule.scra(),
                HoldRule.litigation(), new TimeBarredRule());
    }

    public RuleSet ruleSet() {
        return ruleSet;
    }

    /** The federal rules and those of every jurisdiction the person's address falls in. */
    public List<Rule> rulesFor(DebtFacts facts) {
        List<Rule> rules = new ArrayList<>(federal);
        for (Jurisdiction j : ruleSet.applicable(facts.state(), facts.postalCode())) {
            if (j.hours() != null) {
                rules.add(new StateHoursRule(j));
            }
            for (ContactLimit limit : j.limits()) {
                rules.add(new StateContactLimitRule(j, limit));
            }
            if (!j.writtenConsentChannels().isEmpty()) {
                rules.add(new StateWrittenConsentRule(j));
            }
        }
        return rules;
    }

    public Decision decide(ContactCheck check, DebtFacts facts) {
        List<Rule> rules = rulesFor(facts);
        List<String> jurisdictions = ruleSet.applicable(facts.state(), facts.postalCode()).stream()
                .map(Jurisdiction::code).toList();
        List<Violation> reasons = evaluate(rules, check, facts);
        if (reasons.isEmpty()) {
            return new Decision(Decision.Outcome.ALLOW, List.of(), null, facts.timeZones(), jurisdictions,
                    ruleSet.version());
        }
        return new Decision(Decision.Outcome.DENY, reasons, nextEligible(rules, check, facts, reasons),
                facts.timeZones(), jurisdictions, ruleSet.version());
    }

    private Instant nextEligible(List<Rule> rules, ContactCheck check, DebtFacts facts, List<Violation> first) {
        Instant limit = check.at().plus(HORIZON);
        List<Violation> reasons = first;
        Instant t = check.at();
        for (int step = 0; step < MAX_STEPS; step++) {
            if (reasons.isEmpty()) {
                return t;
            }
            Instant next = t;
            for (Violation v : reasons) {
                if (!v.waitingHelps()) {
                    return null;
                }
                next = LocalDays.later(next, v.notBefore());
            }
            if (!next.isAfter(t)) {
                throw new IllegalStateException("a rule gave a notBefore that is not after the checked time");
            }
            if (next.isAfter(limit)) {
                return null;
            }
            t = next;
            reasons = evaluate(rules, check.at(t), facts);
        }
        return null;
    }

    private static List<Violation> evaluate(List<Rule> rules, ContactCheck check, DebtFacts facts) {
        List<Violation> reasons = new ArrayList<>();
        for (Rule rule : rules) {
            reasons.addAll(rule.evaluate(check, facts));
        }
        return reasons;
    }

}
