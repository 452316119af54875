package org.arrears.contact.attempt;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.contact.workitem.WorkItem;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.narayana.jta.QuarkusTransaction;

@Path("/v1")
@Tag(name = "Contact attempts")
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    AttemptService attempts;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    JsonWebToken caller;

    @POST
    @Path("/contact-attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.AGENT)
    @Operation(summary = "Record an agent's contact attempt", description = "Manual and inbound calls, emails, "
            + "texts and letters. Emits ContactAttempted (and RightPartyContacted for a conversation). OUTBOUND "
            + "needs the checkId of the compliance check that allowed it; INBOUND (the debtor called) is recorded "
            + "and never counted as an outbound attempt. The agent is the token's subject. Accepts Idempotency-Key.")
    public Response record(AttemptRecord body, @HeaderParam(IdempotencyKeys.HEADER) String key) {
        var violations = AttemptRules.check(body);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return idempotency.execute(key, caller.getSubject(), body, () -> {
            AttemptView view = QuarkusTransaction.requiringNew().call(() -> {
                if (WorkItem.ofAccount(body.accountId()).isEmpty()) {
                    throw ProblemException.notFound("Account", body.accountId());
                }
                return AttemptView.of(attempts.record(new NewAttempt(body.accountId(), null, null, body.checkId(),
                        body.channel(), body.destination(), body.direction(), Outcome.parse(body.outcome()).orElseThrow(),
                        body.startedAt(), body.durationSeconds() == null ? 0 : body.durationSeconds(),
                        caller.getSubject(), "AGENT")).attempt());
            });
            return Response.created(URI.create("/v1/accounts/" + view.accountId() + "/contact-attempts"))
                    .entity(view).build();
        });
    }

    @GET
    @Path("/accounts/{accountId}/contact-attempts")
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.COMPLIANCE })
    @Operation(summary = "An account's contact attempts", description = "Newest first, from dialers, agents and "
            + "vendors. 404 for an account this service has no work item for.")
    public List<AttemptView> list(@PathParam("accountId") String accountId) {
        List<ContactAttempt> found = ContactAttempt.ofAccount(accountId);
        if (found.isEmpty() && WorkItem.ofAccount(accountId).isEmpty()) {
            throw ProblemException.notFound("Account", accountId);
        }
        return found.stream().map(AttemptView::of).toList();
    }
}
