package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.payment.PromiseKept;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A kept promise ends the pause; the item is worked again if the account stays open (a settlement closes it). */
@ApplicationScoped
public class PromiseKeptHandler implements EventHandler<PromiseKept> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<PromiseKept> eventType() {
        return PromiseKept.class;
    }

    @Override
    public void handle(PromiseKept event, EventContext context) {
        workItems.pauseEnded(event.accountId()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after PromiseKept (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; PromiseKept %s changes none", event.accountId(),
                        context.eventId()));
    }
}
