package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.account.AccountStatus;
import org.arrears.events.payment.PaymentPlanCancelled;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A cancelled plan ends PROMISED, unless a newer plan already replaced it. */
@ApplicationScoped
public class PaymentPlanCancelledHandler implements EventHandler<PaymentPlanCancelled> {

    private final AccountEvents events;
    private final PaymentPlans plans;

    PaymentPlanCancelledHandler(AccountEvents events, PaymentPlans plans) {
        this.events = events;
        this.plans = plans;
    }

    @Override
    public Class<PaymentPlanCancelled> eventType() {
        return PaymentPlanCancelled.class;
    }

    @Override
    public void handle(PaymentPlanCancelled e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        events.applied(a.id, context, Map.of("planId", e.planId(), "reason", String.valueOf(e.reason())));
        plans.ended(a, e.planId(), AccountStatus.ASSIGNED, "PLAN_CANCELLED");
    }
}
