package org.arrears.payments.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.AccountClosed;
import org.arrears.payments.standing.StandingService;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** AccountClosed changes whether the account may take plans; see {@link StandingService}. */
@ApplicationScoped
public class AccountClosedHandler implements EventHandler<AccountClosed> {

    @Inject
    StandingService standing;

    @Override
    public Class<AccountClosed> eventType() {
        return AccountClosed.class;
    }

    @Override
    public void handle(AccountClosed event, EventContext context) {
        standing.closed(event);
    }
}
