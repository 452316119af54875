package org.arrears.contact.queue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.arrears.contact.compliance.ComplianceUnavailableException;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/queues")
@Tag(name = "Work queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    static final int MAX_LIMIT = 50;
    static final String COMPLIANCE_UNAVAILABLE = ProblemTypes.of("compliance-unavailable");

    @Inject
    QueueService queues;

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "List the work queues", description = "Each queue with items not ended: how many are "
            + "active, when the oldest active one was created, and the count by status (ACTIVE, PAUSED, "
            + "SUSPENDED). Ordered by queue name.")
    public List<QueueSummary> list() {
        return queues.summaries();
    }

    @GET
    @Path("/{queue}/next")
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "The next items to call", description = "Up to `limit` (1-50, default 10) items of the "
            + "queue by priority (lower first) then age, each one compliance-service would allow a call to now, "
            + "with the best allowed destination (confidence, line type, past outcomes). Asks compliance with "
            + "record=false: record your own check right before dialling. 503 compliance-unavailable when "
            + "compliance-service does not answer (fail-closed).")
    public List<NextItem> next(@PathParam("queue") String queue, @QueryParam("limit") @DefaultValue("10") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        try {
            return queues.next(queue, limit);
        } catch (ComplianceUnavailableException e) {
            throw ProblemException.withExtensions(503, COMPLIANCE_UNAVAILABLE, "Compliance unavailable",
                    "compliance-service gave no decision; no contact may be made until it does",
                    java.util.Map.of("retryAfterSeconds", 10));
        }
    }
}
