package org.arrears.compliance.decision;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/decisions")
@Tag(name = "Decision audit")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    DecisionLog log;
    @Inject
    java.time.Clock clock;

    @GET
    @RolesAllowed(Roles.COMPLIANCE)
    @Operation(summary = "Read an account's stored decisions", description = "Oldest first, decidedAt in [from, to)"
            + " (defaults: the beginning of time, now); at most limit (default 100, at most 1000) per page; page on"
            + " by passing the last decidedAt as from.")
    public List<DecisionView> find(@QueryParam("accountId") String accountId, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("limit") Integer limit) {
        if (accountId == null || accountId.isBlank()) {
            throw ProblemException.invalid("accountId", "must not be blank");
        }
        Instant start = instant("from", from, Instant.EPOCH);
        Instant end = instant("to", to, Instant.now(clock).plusSeconds(1));
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("to", "must be after from");
        }
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return log.find(accountId, start, end, max);
    }

    private static Instant instant(String field, String value, Instant fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be an ISO-8601 instant such as 2026-11-23T15:00:00Z");
        }
    }
}
