package org.arrears.compliance.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/accounts/{accountId}/profile")
@Tag(name = "Debt profiles")
@Produces(MediaType.APPLICATION_JSON)
public class DebtProfileResource {

    @Inject
    DebtProfileService profiles;

    @GET
    @RolesAllowed({ Roles.COMPLIANCE, Roles.AGENT, Roles.DIALER, Roles.SERVICE, Roles.OPS })
    @Operation(summary = "Read a debt's compliance profile", description = "Opened when the account's "
            + "AccountPlaced event arrives; 404 until then.")
    public DebtProfileView get(@PathParam("accountId") String accountId) {
        return profiles.find(accountId)
                .orElseThrow(() -> ProblemException.notFound("Debt profile of account", accountId));
    }
}
