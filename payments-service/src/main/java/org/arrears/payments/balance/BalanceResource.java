package org.arrears.payments.balance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/accounts/{accountId}/balance")
@Tag(name = "Balances")
@Produces(MediaType.APPLICATION_JSON)
public class BalanceResource {

    private static final String WHAT = "Balance of account";

    @Inject
    BalanceService balances;
    @Inject
    CreditorScope scope;

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE, Roles.CREDITOR })
    @Operation(summary = "Read an account's balance", description = "The balance buckets and their total. A "
            + "creditor sees only its own accounts; any other account is a 404.")
    public BalanceView get(@PathParam("accountId") String accountId) {
        return BalanceView.of(balances.visible(accountId, scope, WHAT));
    }
}
