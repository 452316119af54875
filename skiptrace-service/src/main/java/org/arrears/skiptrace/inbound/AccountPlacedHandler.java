package org.arrears.skiptrace.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;
import org.arrears.skiptrace.contactpoint.ContactPointHistory;
import org.arrears.skiptrace.contactpoint.DebtorAccount;
import org.arrears.skiptrace.request.SkiptraceRequestService;
import org.arrears.skiptrace.scrub.Scrubs;

import io.quarkus.logging.Log;

/**
 * A placed account joins its debtor's history (its phones and emails are what the creditor knows); a debtor
 * already found deceased, bankrupt or on duty is announced for it too; and an account we have no way to reach
 * gets a skip-trace request before collectors need it.
 */
@ApplicationScoped
public class AccountPlacedHandler implements EventHandler<AccountPlaced> {

    @Inject
    ContactPointHistory history;
    @Inject
    Scrubs scrubs;
    @Inject
    SkiptraceRequestService requests;

    @Override
    public Class<AccountPlaced> eventType() {
        return AccountPlaced.class;
    }

    @Override
    public void handle(AccountPlaced event, EventContext context) {
        // A repeated placement (another event for the same account) must not trace again after a lookup ended.
        boolean first = DebtorAccount.findById(event.accountId()) == null;
        DebtorAccount account = history.recordPlacement(event);
        if (!first) {
            return;
        }
        scrubs.replayFor(account.historyKey(), account.historyKey(), account.accountId);
        requests.requestIfNeeded(event).filter(SkiptraceRequestService.Opened::created)
                .ifPresent(o -> Log.infof("skip-trace request %s (%s) opened for account %s (event %s)",
                        o.request().id(), o.request().reason(), event.accountId(), context.eventId()));
    }
}
