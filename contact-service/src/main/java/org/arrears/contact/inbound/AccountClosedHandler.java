package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.account.AccountClosed;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A closed account is not worked again: the item ends. */
@ApplicationScoped
public class AccountClosedHandler implements EventHandler<AccountClosed> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<AccountClosed> eventType() {
        return AccountClosed.class;
    }

    @Override
    public void handle(AccountClosed event, EventContext context) {
        workItems.end(event.accountId(), event.reason()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after AccountClosed (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; AccountClosed %s changes none", event.accountId(),
                        context.eventId()));
    }
}
