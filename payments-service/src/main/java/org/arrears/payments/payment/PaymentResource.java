package org.arrears.payments.payment;

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
import org.arrears.platform.failure.Failures;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/payments")
@Tag(name = "Payments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {

    @Inject
    PaymentService payments;
    @Inject
    CreditorScope scope;
    @Inject
    BalanceService balances;
    @Inject
    IdempotencyKeys idempotency;

    @POST
    @RolesAllowed({ Roles.SERVICE, Roles.AGENT, Roles.OPS })
    @Operation(summary = "Post a payment", description = "Idempotent on processorTxnId: 201 with Location for a new "
            + "payment, 200 with the same payment for a repeat, 422 processor-txn-reused when the repeat describes "
            + "another payment. 409 payment-exceeds-balance: overpayments are refused, never held as credit. "
            + "Idempotency-Key is accepted too; processorTxnId stays the natural key.")
    public Response post(@HeaderParam(IdempotencyKeys.HEADER) String key, @Valid @NotNull PaymentRequest request) {
        return idempotency.execute(key, scope.principal(), request, () -> {
            Posting posting = postOnce(request);
            if (!posting.created()) {
                return Response.ok(posting.payment()).build();
            }
            return Response.created(URI.create("/v1/payments/" + posting.payment().id())).entity(posting.payment())
                    .build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ Roles.SERVICE, Roles.AGENT, Roles.OPS, Roles.CREDITOR })
    @Operation(summary = "Read a payment", description = "A creditor sees only payments on its own accounts.")
    public PaymentView get(@PathParam("id") String id) {
        PaymentView p = payments.find(id).orElseThrow(() -> ProblemException.notFound(PaymentService.WHAT, id));
        scope.requireVisible(p.creditorId(), PaymentService.WHAT, id);
        return p;
    }

    @GET
    @RolesAllowed({ Roles.SERVICE, Roles.AGENT, Roles.OPS, Roles.CREDITOR })
    @Operation(summary = "List an account's payments, newest first")
    public List<PaymentView> list(@QueryParam("accountId") @NotBlank String accountId) {
        balances.visible(accountId, scope, "Account");
        return payments.ofAccount(accountId);
    }

    @POST
    @Path("{id}/reversal")
    @RolesAllowed({ Roles.SERVICE, Roles.OPS })
    @Operation(summary = "Reverse a payment", description = "An ACH return (R01..R99) or a CHARGEBACK. Restores the "
            + "allocation, unpays the installments, emits PaymentReversed. representable tells whether it may be "
            + "re-presented (R01/R09, at most twice within 30 days); R07/R10 flag the account. Repeating the same "
            + "reversal returns it; another code is 409 payment-already-reversed.")
    public PaymentView reverse(@PathParam("id") String id, @Valid @NotNull ReversalRequest request) {
        return payments.reverse(id, request.reasonCode());
    }

    /**
     * Duplicate webhooks for one account queue on its balance lock; for two accounts (a processor's bug) the
     * unique processorTxnId refuses the second insert, and posting again finds the first.
     */
    private Posting postOnce(PaymentRequest request) {
        try {
            return payments.post(request);
        } catch (RuntimeException e) {
            if (!Failures.isUniqueViolation(e)) {
                throw e;
            }
            return payments.post(request);
        }
    }
}
