package org.arrears.payments.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.AccountRecalled;
import org.arrears.payments.standing.StandingService;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** AccountRecalled changes whether the account may take plans; see {@link StandingService}. */
@ApplicationScoped
public class AccountRecalledHandler implements EventHandler<AccountRecalled> {

    @Inject
    StandingService standing;

    @Override
    public Class<AccountRecalled> eventType() {
        return AccountRecalled.class;
    }

    @Override
    public void handle(AccountRecalled event, EventContext context) {
        standing.recalled(event);
    }
}
