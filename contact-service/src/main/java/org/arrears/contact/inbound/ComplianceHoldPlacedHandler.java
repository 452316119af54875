package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.workitem.WorkItemService;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A compliance hold suspends the item at once and withdraws any open dialer request. */
@ApplicationScoped
public class ComplianceHoldPlacedHandler implements EventHandler<ComplianceHoldPlaced> {

    @Inject
    WorkItemService workItems;

    @Override
    public Class<ComplianceHoldPlaced> eventType() {
        return ComplianceHoldPlaced.class;
    }

    @Override
    public void handle(ComplianceHoldPlaced event, EventContext context) {
        workItems.holdPlaced(event.accountId(), event.holdId(), event.type(), event.placedAt()).ifPresentOrElse(
                item -> Log.infof("work item of account %s is %s after ComplianceHoldPlaced (event %s)", event.accountId(),
                        item.status, context.eventId()),
                () -> Log.debugf("account %s has no work item; ComplianceHoldPlaced %s changes none", event.accountId(),
                        context.eventId()));
    }
}
