package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.account.AccountRecalled;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A recall stops all contact at once: the item ends. */
@ApplicationScoped
public class AccountRecalledHandler implements EventHandler<AccountRecalled> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<AccountRecalled> eventType() {
        return AccountRecalled.class;
    }

    @Override
    public void handle(AccountRecalled event, EventContext context) {
        workItems.end(event.accountId(), "RECALLED").ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after AccountRecalled (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; AccountRecalled %s changes none", event.accountId(),
                        context.eventId()));
    }
}
