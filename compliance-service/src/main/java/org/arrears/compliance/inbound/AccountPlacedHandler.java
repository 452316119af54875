package org.arrears.compliance.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.profile.DebtProfileService;
import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A placed account gets its compliance profile before anyone may contact the debtor about it. */
@ApplicationScoped
public class AccountPlacedHandler implements EventHandler<AccountPlaced> {

    @Inject
    DebtProfileService profiles;

    @Override
    public Class<AccountPlaced> eventType() {
        return AccountPlaced.class;
    }

    @Override
    public void handle(AccountPlaced event, EventContext context) {
        if (profiles.open(event)) {
            Log.infof("debt profile opened for account %s (event %s)", event.accountId(), context.eventId());
        } else {
            Log.infof("account %s already has a debt profile; event %s changes nothing", event.accountId(),
                    context.eventId());
        }
    }
}
