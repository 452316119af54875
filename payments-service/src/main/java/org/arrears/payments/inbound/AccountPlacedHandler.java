package org.arrears.payments.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.AccountPlaced;
import org.arrears.payments.balance.BalanceService;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A placed account gets its balance here, so plans and payments never have to ask accounts-service. */
@ApplicationScoped
public class AccountPlacedHandler implements EventHandler<AccountPlaced> {

    @Inject
    BalanceService balances;

    @Override
    public Class<AccountPlaced> eventType() {
        return AccountPlaced.class;
    }

    @Override
    public void handle(AccountPlaced event, EventContext context) {
        if (balances.open(event)) {
            Log.infof("balance opened for account %s (event %s)", event.accountId(), context.eventId());
        } else {
            Log.infof("account %s already has a balance; event %s changes nothing", event.accountId(),
                    context.eventId());
        }
    }
}
