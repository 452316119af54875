package org.arrears.contact.compliance;

import java.time.Instant;
import java.util.List;

/** compliance-service's answer to a check: ALLOW or DENY with every reason, and when waiting would help. */
public record CheckDecision(String checkId, String decision, List<Reason> reasons, Instant nextEligibleAt,
        List<String> timeZones, boolean recorded) {

    public record Reason(String code, String citation, String message) {
    }

    public boolean allowed() {
        return "ALLOW".equals(decision);
    }
}
