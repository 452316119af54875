package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.payment.PromiseBroken;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A broken promise re-activates the item at a higher priority: the debtor is called again first. */
@ApplicationScoped
public class PromiseBrokenHandler implements EventHandler<PromiseBroken> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<PromiseBroken> eventType() {
        return PromiseBroken.class;
    }

    @Override
    public void handle(PromiseBroken event, EventContext context) {
        workItems.promiseBroken(event.accountId()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after PromiseBroken (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; PromiseBroken %s changes none", event.accountId(),
                        context.eventId()));
    }
}
