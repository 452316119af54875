package org.arrears.skiptrace.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;
import org.arrears.skiptrace.request.SkiptraceRequestService;
import org.arrears.skiptrace.request.SkiptraceRequestView;

import io.quarkus.logging.Log;

/** A placed account we have no way to reach gets a skip-trace request before collectors need it. */
@ApplicationScoped
public class AccountPlacedHandler implements EventHandler<AccountPlaced> {

    @Inject
    SkiptraceRequestService requests;

    @Override
    public Class<AccountPlaced> eventType() {
        return AccountPlaced.class;
    }

    @Override
    public void handle(AccountPlaced event, EventContext context) {
        for (SkiptraceRequestView r : requests.requestIfNeeded(event)) {
            Log.infof("skip-trace request %s (%s) opened for account %s (event %s)", r.id(), r.reason(),
                    event.accountId(), context.eventId());
        }
    }
}
