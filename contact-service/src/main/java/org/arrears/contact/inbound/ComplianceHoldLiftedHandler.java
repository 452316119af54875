package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A lifted hold resumes the item unless another hold is still in force. */
@ApplicationScoped
public class ComplianceHoldLiftedHandler implements EventHandler<ComplianceHoldLifted> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<ComplianceHoldLifted> eventType() {
        return ComplianceHoldLifted.class;
    }

    @Override
    public void handle(ComplianceHoldLifted event, EventContext context) {
        workItems.holdLifted(event.accountId(), event.holdId()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after ComplianceHoldLifted (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; ComplianceHoldLifted %s changes none", event.accountId(),
                        context.eventId()));
    }
}
