package org.arrears.payments.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.payments.standing.StandingService;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** ComplianceHoldLifted changes whether the account may take plans; see {@link StandingService}. */
@ApplicationScoped
public class ComplianceHoldLiftedHandler implements EventHandler<ComplianceHoldLifted> {

    @Inject
    StandingService standing;

    @Override
    public Class<ComplianceHoldLifted> eventType() {
        return ComplianceHoldLifted.class;
    }

    @Override
    public void handle(ComplianceHoldLifted event, EventContext context) {
        standing.holdLifted(event);
    }
}
