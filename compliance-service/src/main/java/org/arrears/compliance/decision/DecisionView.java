package org.arrears.compliance.decision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.arrears.compliance.check.CheckResponse;

import com.fasterxml.jackson.databind.JsonNode;

/** A stored decision as compliance officers read it: what was asked, by whom, under which rules, and the answer. */
public record DecisionView(UUID checkId, String accountId, Instant decidedAt, String caller, List<String> callerRoles,
        JsonNode request, String decision, List<CheckResponse.Reason> reasons, Instant nextEligibleAt,
        List<String> timeZones, List<String> jurisdictions, String ruleSetVersion, boolean recorded) {
}
