package org.arrears.payments.plan;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.payments.balance.BalanceService;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/payment-plans")
@Tag(name = "Payment plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanResource {

    @Inject
    PlanService plans;
    @Inject
    CreditorScope scope;
    @Inject
    BalanceService balances;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({ Roles.AGENT, Roles.SERVICE })
    @Operation(summary = "Make a promise, installment plan or settlement", description = "201 with the plan. "
            + "400 for a malformed request; 404 for an unknown account; 409 plan-not-allowed (with reason) on a "
            + "disputed, ceased, bankrupt, recalled or closed account, active-plan-exists, creditor-terms-missing; "
            + "422 plan-outside-terms naming each rule broken.")
    public Response create(@HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull PlanRequest request) {
        return idempotency.execute(key, scope.principal(), request, () -> {
            PlanView plan = plans.create(request, scope.principal());
            return Response.created(URI.create("/v1/payment-plans/" + plan.id())).entity(plan).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE, Roles.CREDITOR })
    @Operation(summary = "Read a plan", description = "A creditor sees only plans on its own accounts.")
    public PlanView get(@PathParam("id") String id) {
        PlanView plan = plans.view(id).orElseThrow(() -> ProblemException.notFound(PlanService.WHAT, id));
        scope.requireVisible(plan.creditorId(), PlanService.WHAT, id);
        return plan;
    }

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.SERVICE, Roles.CREDITOR })
    @Operation(summary = "List an account's plans, newest first")
    public List<PlanView> list(@QueryParam("accountId") @NotBlank String accountId) {
        balances.visible(accountId, scope, "Account");
        return plans.ofAccount(accountId);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "Cancel an active plan", description = "Emits PaymentPlanCancelled; 409 plan-not-active "
            + "when the plan is already kept, broken or cancelled.")
    public PlanView cancel(@PathParam("id") String id, @Valid @NotNull CancelRequest request) {
        return plans.cancel(id, request.reason().name());
    }
}
