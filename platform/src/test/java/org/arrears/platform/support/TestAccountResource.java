package org.arrears.platform.support;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import javax.sql.DataSource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;

/** A minimal placement endpoint that exercises every platform mechanism the way a service uses them. */
@Path("/test/accounts")
public class TestAccountResource {

    public record PlaceRequest(@NotBlank String creditorRef, @NotNull @DecimalMin("0.01") BigDecimal principal,
            @Valid @Size(max = 3) List<@Valid Phone> phones) {
    }

    public record Phone(@NotBlank String number) {
    }

    public record AccountView(String id, String creditorId, String creditorRef, BigDecimal principal) {
    }

    @Inject
    CreditorScope scope;
    @Inject
    IdempotencyKeys idempotency;
    @Inject
    TestAccountStore store;
    @Inject
    DataSource dataSource;

    @POST
    @RolesAllowed(Roles.CREDITOR)
    public Response place(@HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull PlaceRequest request) {
        String creditorId = scope.creditorId();
        return idempotency.execute(key, scope.principal(), request, () -> {
            AccountView view = store.store(creditorId, request);
            return Response.created(URI.create("/test/accounts/" + view.id())).entity(view).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.CREDITOR, Roles.AGENT, Roles.OPS })
    public AccountView get(@PathParam("id") String id) throws Exception {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT creditor_id, creditor_ref, principal FROM test_account WHERE id = ?")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw ProblemException.notFound("Account", id);
                }
                scope.requireVisible(rs.getString(1), "Account", id);
                return new AccountView(id, rs.getString(1), rs.getString(2), rs.getBigDecimal(3));
            }
        }
    }
}
