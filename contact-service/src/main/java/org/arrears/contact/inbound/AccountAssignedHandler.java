package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.account.AccountAssigned;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** An account assigned to a queue becomes a work item there, so collectors and the dialer can work it. */
@ApplicationScoped
public class AccountAssignedHandler implements EventHandler<AccountAssigned> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<AccountAssigned> eventType() {
        return AccountAssigned.class;
    }

    @Override
    public void handle(AccountAssigned event, EventContext context) {
        workItems.open(event).ifPresentOrElse(
                item -> Log.infof("work item %s opened in queue %s for account %s (event %s)", item.id, item.queue,
                        event.accountId(), context.eventId()),
                () -> Log.infof("account %s already has a work item; event %s changes nothing", event.accountId(),
                        context.eventId()));
    }
}
