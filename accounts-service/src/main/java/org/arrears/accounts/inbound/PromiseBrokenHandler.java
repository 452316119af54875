package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.account.AccountStatus;
import org.arrears.events.payment.PromiseBroken;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A missed installment ends the plan: the account goes back to its work queue (ASSIGNED). */
@ApplicationScoped
public class PromiseBrokenHandler implements EventHandler<PromiseBroken> {

    private final AccountEvents events;
    private final PaymentPlans plans;

    PromiseBrokenHandler(AccountEvents events, PaymentPlans plans) {
        this.events = events;
        this.plans = plans;
    }

    @Override
    public Class<PromiseBroken> eventType() {
        return PromiseBroken.class;
    }

    @Override
    public void handle(PromiseBroken e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        events.applied(a.id, context, Map.of("planId", e.planId(), "type", e.type(), "installmentSeq",
                e.installmentSeq()));
        plans.ended(a, e.planId(), AccountStatus.ASSIGNED, "PROMISE_BROKEN");
    }
}
