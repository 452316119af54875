package org.arrears.accounts.timeline;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.arrears.accounts.account.AccountService;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.annotation.JsonRawValue;

@Path("/v1/accounts/{id}/timeline")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    Timeline timeline;
    @Inject
    AccountService accounts;
    @Inject
    CreditorScope scope;

    /** One event of the account; {@code data} is the event as published or as received. */
    public record TimelineEvent(long seq, String eventId, String type, String direction, java.time.Instant at,
            @JsonRawValue String data) {
    }

    /** A page of the timeline; pass {@code nextAfter} as {@code after} for the next one, null on the last. */
    public record TimelinePage(List<TimelineEvent> events, Long nextAfter) {
    }

    @GET
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS, Roles.COMPLIANCE, Roles.SERVICE })
    @Operation(summary = "Every event of the account in order", description = "Placed, assigned, status changes, "
            + "contact points, plans, payments, holds: what this service published or applied, oldest first.")
    public TimelinePage get(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("200") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        UUID accountId = uuid(id);
        accounts.find(accountId, scope.restriction()).orElseThrow(() -> ProblemException.notFound("Account", id));
        List<Timeline.StoredEntry> entries = timeline.of(accountId, after, limit);
        List<TimelineEvent> events = entries.stream()
                .map(e -> new TimelineEvent(e.seq(), e.eventId(), e.eventType(), e.direction(), e.occurredAt(),
                        e.detail()))
                .toList();
        return new TimelinePage(events, entries.size() == limit ? entries.get(entries.size() - 1).seq() : null);
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Account", id);
        }
    }
}
