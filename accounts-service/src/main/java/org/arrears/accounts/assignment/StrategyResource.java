package org.arrears.accounts.assignment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.failure.Failures;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/strategies/current")
@Tag(name = "Assignment strategy")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StrategyResource {

    @Inject
    StrategyStore store;
    @Inject
    CreditorScope scope;

    @GET
    @RolesAllowed({ Roles.OPS, Roles.AGENT })
    @Operation(summary = "The assignment strategy in force, with its version")
    public StrategyStore.Version current() {
        return store.current();
    }

    @PUT
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Replace the assignment strategy", description = "Stores a new version; rules are tried "
            + "in order, first match wins, the last rule must match everything. 400 with the field of each problem.")
    public StrategyStore.Version replace(@NotNull AssignmentStrategy strategy) {
        try {
            return store.replace(strategy, scope.principal());
        } catch (RuntimeException e) {
            if (Failures.isUniqueViolation(e)) {
                throw ProblemException.conflict(ProblemTypes.CONCURRENT_MODIFICATION,
                        "another strategy version was saved at the same time; read it and try again");
            }
            throw e;
        }
    }
}
