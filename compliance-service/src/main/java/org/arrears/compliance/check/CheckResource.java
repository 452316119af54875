package org.arrears.compliance.check;

import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/v1/checks")
@Tag(name = "Pre-contact checks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CheckResource {

    @Inject
    CheckService checks;
    @Inject
    SecurityIdentity identity;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({ Roles.DIALER, Roles.SERVICE, Roles.AGENT, Roles.COMPLIANCE })
    @Operation(summary = "Check a contact before making it", description = "200 with ALLOW or DENY, every violated"
            + " rule with its citation, and nextEligibleAt when waiting would make the contact lawful. With"
            + " record=true an allowed contact is counted at once (a dialer about to dial); report its outcome"
            + " with the checkId. Every decision is stored for audit. 404 when the account has no profile yet."
            + " A dialer retrying a recorded check sends the same Idempotency-Key, so the contact is counted once.")
    public Response check(@HeaderParam(IdempotencyKeys.HEADER) String key, CheckRequest request) {
        if (request == null) {
            throw ProblemException.invalid("body", "must not be empty");
        }
        List<Problem.Violation> violations = request.violations();
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        String caller = identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        return idempotency.execute(key, caller, request,
                () -> Response.ok(checks.check(request, caller, roles)).build());
    }
}
