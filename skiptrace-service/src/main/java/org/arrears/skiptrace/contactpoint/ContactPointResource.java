package org.arrears.skiptrace.contactpoint;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Contact points per debtor. Agents and ops only: a debtor spans creditors, so no creditor may read here.
 */
@Path("/v1/debtors/{debtorKey}/contact-points")
@Tag(name = "Contact points")
@Produces(MediaType.APPLICATION_JSON)
public class ContactPointResource {

    @Inject
    ContactPointService points;
    @Inject
    CreditorScope scope;

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "List a debtor's contact points", description = "Usable points ranked best first "
            + "(confidence × recency × agreement), then those marked WRONG, REVOKED or REASSIGNED; each with its "
            + "sources and last-verified date. 404 when the debtor is unknown here.")
    public List<ContactPointView> list(@PathParam("debtorKey") String debtorKey) {
        return points.ofDebtor(debtorKey).orElseThrow(() -> ProblemException.notFound("Debtor", debtorKey));
    }

    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "Mark a contact point", description = "WRONG, REVOKED or REASSIGNED stop it being "
            + "offered by any later lookup; CONFIRMED ranks it high. 400 for ACTIVE or an unknown status.")
    public ContactPointView setStatus(@PathParam("debtorKey") String debtorKey, @PathParam("id") String id,
            @Valid @NotNull StatusChange change) {
        return points.setStatus(debtorKey, id, change.status(), scope.principal());
    }
}
