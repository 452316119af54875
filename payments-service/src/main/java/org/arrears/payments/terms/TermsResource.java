package org.arrears.payments.terms;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/creditors/{creditorId}/terms")
@Tag(name = "Creditor terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TermsResource {

    private static final String WHAT = "Terms of creditor";

    @Inject
    TermsService terms;
    @Inject
    CreditorScope scope;

    @PUT
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Set a creditor's terms", description = "Stores a new version (numbered from 1) unless "
            + "the terms equal the current ones, which are returned unchanged. Plans record the version they were "
            + "made under.")
    public TermsView put(@PathParam("creditorId") String creditorId, TermsRequest request) {
        return TermsView.of(terms.put(creditorId, request, scope.principal()));
    }

    @GET
    @RolesAllowed({ Roles.OPS, Roles.AGENT, Roles.SERVICE, Roles.CREDITOR })
    @Operation(summary = "Read a creditor's terms", description = "The current version, or the one asked for "
            + "with ?version=. A creditor reads only its own.")
    public TermsView get(@PathParam("creditorId") String creditorId, @QueryParam("version") Integer version) {
        scope.requireVisible(creditorId, WHAT, creditorId);
        return (version == null ? terms.current(creditorId) : terms.version(creditorId, version))
                .map(TermsView::of)
                .orElseThrow(() -> ProblemException.notFound(WHAT, creditorId));
    }
}
