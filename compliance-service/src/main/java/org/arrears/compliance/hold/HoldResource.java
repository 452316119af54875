package org.arrears.compliance.hold;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.compliance.rules.HoldType;
import org.arrears.platform.failure.Failures;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/v1/holds")
@Tag(name = "Holds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HoldResource {

    /** What an agent hears from the person and may act on at once; every other hold is a compliance decision. */
    static final Set<HoldType> AGENT_MAY_PLACE = Set.of(HoldType.CEASE, HoldType.DISPUTE);

    @Inject
    HoldService holds;
    @Inject
    SecurityIdentity identity;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({ Roles.COMPLIANCE, Roles.AGENT })
    @Operation(summary = "Place a hold", description = "201 with the hold; emits ComplianceHoldPlaced. Agents may"
            + " place CEASE and DISPUTE only. 409 when a hold of the type is already in force (its holdId in the"
            + " problem). Accepts Idempotency-Key.")
    public Response place(@HeaderParam(IdempotencyKeys.HEADER) String key,
            @Valid @NotNull PlaceHoldRequest request) {
        if (!identity.hasRole(Roles.COMPLIANCE) && !AGENT_MAY_PLACE.contains(request.type())) {
            throw new ProblemException(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                    "Agents may place CEASE and DISPUTE holds only", null, null, null));
        }
        String by = identity.getPrincipal().getName();
        return idempotency.execute(key, by, request, () -> {
            HoldView hold;
            try {
                hold = holds.place(request, by);
            } catch (RuntimeException e) {
                if (!Failures.isUniqueViolation(e)) {
                    throw e;
                }
                // Another request placed a hold of this type between our look-up and our insert.
                throw holds.alreadyInForce(request.accountId(), request.type());
            }
            return Response.created(URI.create("/v1/holds/" + hold.holdId())).entity(hold).build();
        });
    }

    @POST
    @Path("{holdId}/release")
    @RolesAllowed(Roles.COMPLIANCE)
    @Operation(summary = "Release a hold", description = "200 with the released hold; emits ComplianceHoldLifted."
            + " 409 when already released.")
    public HoldView release(@PathParam("holdId") UUID holdId, @Valid @NotNull ReleaseHoldRequest request) {
        return holds.release(holdId, request, identity.getPrincipal().getName());
    }
}
