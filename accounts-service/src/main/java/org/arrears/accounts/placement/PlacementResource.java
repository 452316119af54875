package org.arrears.accounts.placement;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/placements")
@Tag(name = "Placements")
@Produces(MediaType.APPLICATION_JSON)
public class PlacementResource {

    static final int MAX_LIMIT = 1000;

    @Inject
    PlacementJobs jobs;
    @Inject
    CreditorScope scope;

    /** A page of errors; pass {@code nextAfter} as {@code after} for the next one, null on the last. */
    public record ErrorPage(List<PlacementError> errors, Long nextAfter) {
    }

    @POST
    @RolesAllowed(Roles.CREDITOR)
    @Consumes({ "application/json", "application/x-ndjson", "text/csv" })
    @Operation(summary = "Place a portfolio", description = "A JSON array, NDJSON or CSV with a header row "
            + "(docs/placement-formats.md), read as a stream. Bodies up to arrears.accounts.placement.sync-max-bytes "
            + "(by Content-Length) answer 201 with the finished job; larger ones 202 with the job's Location to poll. "
            + "Accounts already placed (same creditorRef) are counted as duplicates, never placed twice.")
    public Response place(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @DefaultValue("-1") long contentLength, InputStream body) {
        String creditorId = scope.creditorId();
        PlacementFormat format = PlacementFormat.of(contentType).orElseThrow(() -> ProblemException.of(415,
                org.arrears.platform.problem.ProblemTypes.HTTP, "Unsupported Media Type",
                "use application/json, application/x-ndjson or text/csv"));
        if (jobs.placesWhileWaiting(contentLength)) {
            PlacementJob job = jobs.placeNow(creditorId, format, body, contentLength);
            return Response.created(location(job)).entity(PlacementJobView.of(job)).build();
        }
        PlacementJob job = jobs.placeLater(creditorId, format, body);
        return Response.accepted(PlacementJobView.of(job)).location(location(job)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS })
    @Operation(summary = "A bulk placement's status, counts, progress, trailer reconciliation and timings")
    public PlacementJobView get(@PathParam("id") String id) {
        return PlacementJobView.of(visible(id));
    }

    @GET
    @Path("{id}/errors")
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS })
    @Operation(summary = "Rejected rows", description = "Each problem of each rejected row: line, creditorRef, "
            + "field and message, in file order.")
    public ErrorPage errors(@PathParam("id") String id, @QueryParam("after") @DefaultValue("0") long after,
            @QueryParam("limit") @DefaultValue("500") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        PlacementJob job = visible(id);
        List<PlacementJobs.ErrorEntry> entries = jobs.errors(job.id, after, limit);
        return new ErrorPage(entries.stream().map(PlacementJobs.ErrorEntry::error).toList(),
                entries.size() == limit ? entries.get(entries.size() - 1).id() : null);
    }

    private PlacementJob visible(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Placement", id);
        }
        PlacementJob job = jobs.find(uuid).orElseThrow(() -> ProblemException.notFound("Placement", id));
        scope.requireVisible(job.creditorId, "Placement", id);
        return job;
    }

    private static URI location(PlacementJob job) {
        return URI.create("/v1/placements/" + job.id);
    }
}
