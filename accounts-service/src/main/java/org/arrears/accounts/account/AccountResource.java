package org.arrears.accounts.account;

import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.accounts.placement.PlaceAccountRequest;
import org.arrears.accounts.placement.Placement;
import org.arrears.accounts.placement.PlacementService;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/accounts")
@Tag(name = "Accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountResource {

    static final int MAX_LIMIT = 500;

    @Inject
    PlacementService placements;
    @Inject
    AccountService accounts;
    @Inject
    CreditorScope scope;
    @Inject
    IdempotencyKeys idempotency;

    /** Body of a recall: why the creditor takes the account back (free text, no personal data). */
    public record RecallRequest(String reason) {
    }

    /** Body of a close: one of UNCOLLECTABLE, BANKRUPTCY, DECEASED. */
    public record CloseRequest(String reason) {
    }

    @POST
    @RolesAllowed(Roles.CREDITOR)
    @Operation(summary = "Place one account", description = "201 with Location for a new account; 200 with the "
            + "existing account when this creditor already placed the same creditorRef. The account is assigned "
            + "to a queue at once. Accepts Idempotency-Key.")
    public Response place(@HeaderParam(IdempotencyKeys.HEADER) String key, @NotNull PlaceAccountRequest request) {
        String creditorId = scope.creditorId();
        return idempotency.execute(key, scope.principal(), request, () -> {
            Placement placement = placements.place(creditorId, request);
            if (!placement.created()) {
                return Response.ok(placement.account()).build();
            }
            return Response.created(URI.create("/v1/accounts/" + placement.account().id()))
                    .entity(placement.account()).build();
        });
    }

    @GET
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS, Roles.COMPLIANCE, Roles.SERVICE })
    @Operation(summary = "List accounts", description = "Oldest placement first, cursor pagination: pass the "
            + "nextCursor of a page as cursor. A creditor sees only its own accounts.")
    public AccountPage list(@QueryParam("creditorRef") String creditorRef, @QueryParam("status") String status,
            @QueryParam("placedAfter") String placedAfter, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return accounts.list(new AccountService.Query(scope.restriction(), creditorRef, status(status),
                instant(placedAfter), cursor == null ? null : AccountCursor.decode(cursor), limit));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS, Roles.COMPLIANCE, Roles.SERVICE })
    @Operation(summary = "Read one account")
    public AccountView get(@PathParam("id") String id) {
        return accounts.find(uuid(id), scope.restriction()).orElseThrow(() -> ProblemException.notFound("Account", id));
    }

    @POST
    @Path("{id}/recall")
    @RolesAllowed(Roles.CREDITOR)
    @Operation(summary = "Recall an account", description = "The creditor takes the account back; it becomes "
            + "RECALLED and is closed. 409 when it is already closed.")
    public AccountView recall(@PathParam("id") String id, RecallRequest request) {
        String creditorId = scope.creditorId();
        return accounts.recall(uuid(id), Optional.of(creditorId), request == null ? null : request.reason());
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed(Roles.OPS)
    @Operation(summary = "Close an account", description = "For good, with reason UNCOLLECTABLE, BANKRUPTCY or "
            + "DECEASED. 409 when it is already closed.")
    public AccountView close(@PathParam("id") String id, @NotNull CloseRequest request) {
        return accounts.close(uuid(id), request.reason());
    }

    /** A malformed id names no account: 404, like an unknown one. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Account", id);
        }
    }

    private static AccountStatus status(String status) {
        if (status == null) {
            return null;
        }
        try {
            return AccountStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of " + java.util.Arrays.toString(AccountStatus.values()));
        }
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("placedAfter", "must be an ISO instant such as 2026-11-23T10:00:00Z");
        }
    }
}
