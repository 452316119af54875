package org.arrears.compliance.check;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The answer to a check, as stored in the audit and returned to the caller. */
public record CheckResponse(UUID checkId, String decision, List<Reason> reasons, Instant nextEligibleAt,
        List<String> timeZones, boolean recorded, Instant at, List<String> jurisdictions, String ruleSetVersion) {

    /** One violated rule: its stable code, the citation to check it against and what was found. */
    public record Reason(String code, String citation, String message) {
    }
}
