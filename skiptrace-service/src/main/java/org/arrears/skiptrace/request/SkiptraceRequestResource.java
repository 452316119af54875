package org.arrears.skiptrace.request;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/skiptrace-requests")
@Tag(name = "Skip-trace requests")
@Produces(MediaType.APPLICATION_JSON)
public class SkiptraceRequestResource {

    @Inject
    SkiptraceRequestService requests;
    @Inject
    CreditorScope scope;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE })
    @Operation(summary = "Ask for a skip trace", description = "202 with the request (the job); poll its Location. "
            + "When a request for the same account and reason is still open, that one is answered (202, same id). "
            + "404 when the account was never placed here. Accepts Idempotency-Key.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull NewSkiptraceRequest body) {
        return idempotency.execute(key, scope.principal(), body, () -> {
            SkiptraceRequestService.Opened opened = requests.openByApi(body.accountId(), body.reason(),
                    scope.principal()).orElseThrow(() -> ProblemException.notFound("Account", body.accountId()));
            return Response.accepted(opened.request())
                    .location(URI.create("/v1/skiptrace-requests/" + opened.request().id())).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE })
    @Operation(summary = "Read a skip-trace request", description = "Status; once COMPLETED, each provider's "
            + "outcome in waterfall order and the ranked phones, addresses and emails.")
    public SkiptraceRequestView get(@PathParam("id") String id) {
        return requests.find(id).orElseThrow(() -> ProblemException.notFound(SkiptraceRequestService.WHAT, id));
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE })
    @Operation(summary = "List an account's skip-trace requests", description = "Oldest first; an empty list "
            + "when the account never needed tracing (or is unknown here).")
    public List<SkiptraceRequestView> list(@QueryParam("accountId") @NotBlank String accountId) {
        return requests.ofAccount(accountId);
    }
}
