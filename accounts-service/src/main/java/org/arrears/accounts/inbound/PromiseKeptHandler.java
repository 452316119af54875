package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.account.AccountLifecycle;
import org.arrears.accounts.account.AccountStatus;
import org.arrears.accounts.account.BalanceChanges;
import org.arrears.accounts.account.Balances;
import org.arrears.events.payment.PromiseKept;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/**
 * A plan was paid as agreed. A kept SETTLEMENT waives what is left (BalanceAdjusted, cause ADJUSTMENT) and closes
 * the account as SETTLED; a kept promise or plan with money still owed leaves the account PAYING.
 */
@ApplicationScoped
public class PromiseKeptHandler implements EventHandler<PromiseKept> {

    private final AccountEvents events;
    private final PaymentPlans plans;
    private final BalanceChanges balances;
    private final AccountLifecycle lifecycle;

    PromiseKeptHandler(AccountEvents events, PaymentPlans plans, BalanceChanges balances, AccountLifecycle lifecycle) {
        this.events = events;
        this.plans = plans;
        this.balances = balances;
        this.lifecycle = lifecycle;
    }

    @Override
    public Class<PromiseKept> eventType() {
        return PromiseKept.class;
    }

    @Override
    public void handle(PromiseKept e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        events.applied(a.id, context, Map.of("planId", e.planId(), "type", e.type()));
        if ("SETTLEMENT".equals(e.type()) && a.status.canMoveTo(AccountStatus.SETTLED)) {
            if (a.totalBalance().signum() > 0) {
                balances.set(a, Balances.zero(), BalanceChanges.ADJUSTMENT, e.planId());
            }
            lifecycle.finish(a, AccountStatus.SETTLED);
            return;
        }
        plans.ended(a, e.planId(), AccountStatus.PAYING, "PROMISE_KEPT");
    }
}
