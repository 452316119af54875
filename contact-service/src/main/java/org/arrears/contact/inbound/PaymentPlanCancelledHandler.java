package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.payment.PaymentPlanCancelled;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A cancelled plan ends the pause (a replacing plan sends its own PaymentPromised right after). */
@ApplicationScoped
public class PaymentPlanCancelledHandler implements EventHandler<PaymentPlanCancelled> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<PaymentPlanCancelled> eventType() {
        return PaymentPlanCancelled.class;
    }

    @Override
    public void handle(PaymentPlanCancelled event, EventContext context) {
        workItems.pauseEnded(event.accountId()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after PaymentPlanCancelled (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; PaymentPlanCancelled %s changes none", event.accountId(),
                        context.eventId()));
    }
}
