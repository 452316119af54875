package org.arrears.accounts.account;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.failure.Failures;
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

    @Inject
    AccountService accounts;
    @Inject
    CreditorScope scope;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed(Roles.CREDITOR)
    @Operation(summary = "Place one account", description = "201 with Location for a new account; 200 with the "
            + "existing account when this creditor already placed the same creditorRef.")
    public Response place(@HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull PlaceAccountRequest request) {
        String creditorId = scope.creditorId();
        return idempotency.execute(key, scope.principal(), request, () -> {
            Placement placement = placeOnce(creditorId, request);
            if (!placement.created()) {
                return Response.ok(placement.account()).build();
            }
            return Response.created(URI.create("/v1/accounts/" + placement.account().id()))
                    .entity(placement.account()).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS, Roles.COMPLIANCE, Roles.SERVICE })
    @Operation(summary = "Read one account")
    public AccountView get(@PathParam("id") String id) {
        AccountView account = parse(id).flatMap(accounts::find)
                .orElseThrow(() -> ProblemException.notFound("Account", id));
        scope.requireVisible(account.creditorId(), "Account", id);
        return account;
    }

    /** Two concurrent placements of one creditorRef: the loser finds the winner's account. */
    private Placement placeOnce(String creditorId, PlaceAccountRequest request) {
        try {
            return accounts.place(creditorId, request);
        } catch (RuntimeException e) {
            if (!Failures.isUniqueViolation(e)) {
                throw e;
            }
            return accounts.place(creditorId, request);
        }
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
