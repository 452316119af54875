package org.arrears.skiptrace.request;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/skiptrace-requests")
@Tag(name = "Skip-trace requests")
@Produces(MediaType.APPLICATION_JSON)
public class SkiptraceRequestResource {

    @Inject
    SkiptraceRequestService requests;

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE })
    @Operation(summary = "List an account's skip-trace requests", description = "Oldest first; an empty list "
            + "when the account never needed tracing (or is unknown here).")
    public List<SkiptraceRequestView> list(@QueryParam("accountId") @NotBlank String accountId) {
        return requests.ofAccount(accountId);
    }
}
