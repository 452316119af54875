package org.arrears.compliance.jurisdiction;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The rule data in force: the federal baseline, the state and city jurisdictions and the statutes of
 * limitation. {@code version} names both data files' versions and is reported in every decision.
 */
public record RuleSet(String version, FederalBaseline federal, List<Jurisdiction> jurisdictions,
        Map<String, LimitationPeriod> limitations) {

    public RuleSet {
        jurisdictions = List.copyOf(jurisdictions);
        limitations = Map.copyOf(limitations);
    }

    /** The jurisdictions whose rules apply to a person living at this state and postal code. */
    public List<Jurisdiction> applicable(String state, String postalCode) {
        return jurisdictions.stream().filter(j -> j.match().matches(state, postalCode)).toList();
    }

    /**
     * The last day a suit may be brought, from the state's period; for a state without data, the shortest
     * period known, so an unknown state is never treated as less time-barred than any known one. Null without a
     * date of first delinquency.
     */
    public LocalDate limitationDate(String state, LocalDate firstDelinquency) {
        if (firstDelinquency == null) {
            return null;
        }
        return firstDelinquency.plusYears(limitation(state).years());
    }

    /** The longest counting period of any rule: contacts older than that never change a decision. */
    public int longestPeriodDays() {
        int longest = Math.max(federal.periodDays(), federal.quietDaysAfterConversation());
        for (Jurisdiction j : jurisdictions) {
            for (ContactLimit limit : j.limits()) {
                longest = Math.max(longest, limit.days());
            }
        }
        return longest;
    }

    public LimitationPeriod limitation(String state) {
        LimitationPeriod known = state == null ? null : limitations.get(state.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(known).orElseGet(() -> limitations.values().stream()
                .min(Comparator.comparingInt(LimitationPeriod::years)).orElseThrow());
    }
}
