package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A promise or the next installment of a plan pauses contact until its date plus grace. */
@ApplicationScoped
public class PaymentPromisedHandler implements EventHandler<PaymentPromised> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<PaymentPromised> eventType() {
        return PaymentPromised.class;
    }

    @Override
    public void handle(PaymentPromised event, EventContext context) {
        workItems.promised(event.accountId(), event.pauseContactUntil()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after PaymentPromised (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; PaymentPromised %s changes none", event.accountId(),
                        context.eventId()));
    }
}
