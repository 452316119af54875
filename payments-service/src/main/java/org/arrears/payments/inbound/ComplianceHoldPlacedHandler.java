package org.arrears.payments.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.payments.standing.StandingService;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** ComplianceHoldPlaced changes whether the account may take plans; see {@link StandingService}. */
@ApplicationScoped
public class ComplianceHoldPlacedHandler implements EventHandler<ComplianceHoldPlaced> {

    @Inject
    StandingService standing;

    @Override
    public Class<ComplianceHoldPlaced> eventType() {
        return ComplianceHoldPlaced.class;
    }

    @Override
    public void handle(ComplianceHoldPlaced event, EventContext context) {
        standing.holdPlaced(event);
    }
}
