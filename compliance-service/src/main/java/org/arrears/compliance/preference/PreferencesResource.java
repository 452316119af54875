package org.arrears.compliance.preference;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/v1/accounts/{accountId}/preferences")
@Tag(name = "Contact preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PreferencesResource {

    @Inject
    PreferencesService preferences;
    @Inject
    SecurityIdentity identity;

    @PUT
    @RolesAllowed({ Roles.AGENT, Roles.COMPLIANCE })
    @Operation(summary = "Replace the person's contact preferences", description = "Inconvenient times, opt-outs by"
            + " medium or destination, consents with grant and revoke times, workplace, attorney representation and"
            + " preferred language. The whole document is replaced; checks apply it at once. 404 for an unknown"
            + " account.")
    public Preferences replace(@PathParam("accountId") String accountId, Preferences body) {
        if (body == null) {
            throw ProblemException.invalid("body", "must not be empty");
        }
        List<Problem.Violation> violations = body.violations();
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return preferences.replace(accountId, body, identity.getPrincipal().getName());
    }
}
