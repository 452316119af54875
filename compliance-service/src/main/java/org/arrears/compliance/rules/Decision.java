package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The engine's answer: ALLOW with no reasons, or DENY with every violated rule. {@code nextEligibleAt} is the
 * earliest time at which the same contact would be allowed given what is known now, null when allowed now or
 * when waiting will not help.
 */
public record Decision(Outcome outcome, List<Violation> reasons, Instant nextEligibleAt, List<ZoneId> timeZones,
        List<String> jurisdictions, String ruleSetVersion) {

    public enum Outcome {
        ALLOW, DENY
    }

    public boolean allowed() {
        return outcome == Outcome.ALLOW;
    }
}
