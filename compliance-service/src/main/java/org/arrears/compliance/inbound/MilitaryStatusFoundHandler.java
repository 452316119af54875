package org.arrears.compliance.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.hold.HoldService;
import org.arrears.compliance.rules.HoldType;
import org.arrears.events.skiptrace.MilitaryStatusFound;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** Active duty: flag for SCRA review (50 USC 3937); a later scrub saying otherwise lifts the system's hold. */
@ApplicationScoped
public class MilitaryStatusFoundHandler implements EventHandler<MilitaryStatusFound> {

    @Inject
    HoldService holds;

    @Override
    public Class<MilitaryStatusFound> eventType() {
        return MilitaryStatusFound.class;
    }

    @Override
    public void handle(MilitaryStatusFound e, EventContext context) {
        if (e.activeDuty()) {
            holds.placeFromEvent(e.accountId(), HoldType.SCRA, "active duty scrub", context.eventId());
        } else {
            holds.liftFromEvent(e.accountId(), HoldType.SCRA, "scrub: no longer on active duty");
        }
    }
}
