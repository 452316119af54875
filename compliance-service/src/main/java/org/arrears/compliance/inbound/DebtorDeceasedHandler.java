package org.arrears.compliance.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.hold.HoldService;
import org.arrears.compliance.rules.HoldType;
import org.arrears.events.skiptrace.DebtorDeceased;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A deceased debtor: only the estate may be dealt with (1006.6(a)(4)). */
@ApplicationScoped
public class DebtorDeceasedHandler implements EventHandler<DebtorDeceased> {

    @Inject
    HoldService holds;

    @Override
    public Class<DebtorDeceased> eventType() {
        return DebtorDeceased.class;
    }

    @Override
    public void handle(DebtorDeceased e, EventContext context) {
        holds.placeFromEvent(e.accountId(), HoldType.DECEASED, "deceased scrub: " + e.source(), context.eventId());
    }
}
