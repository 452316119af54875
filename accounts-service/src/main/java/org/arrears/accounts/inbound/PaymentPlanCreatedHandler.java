package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.events.payment.PaymentPlanCreated;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A promise, plan or settlement was agreed: the account is PROMISED. */
@ApplicationScoped
public class PaymentPlanCreatedHandler implements EventHandler<PaymentPlanCreated> {

    private final AccountEvents events;
    private final PaymentPlans plans;

    PaymentPlanCreatedHandler(AccountEvents events, PaymentPlans plans) {
        this.events = events;
        this.plans = plans;
    }

    @Override
    public Class<PaymentPlanCreated> eventType() {
        return PaymentPlanCreated.class;
    }

    @Override
    public void handle(PaymentPlanCreated e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        events.applied(a.id, context, Map.of("planId", e.planId(), "type", e.type(), "total",
                e.total().toPlainString(), "installments", e.installments() == null ? 0 : e.installments().size()));
        plans.started(a, e.planId(), "PLAN_CREATED");
    }
}
