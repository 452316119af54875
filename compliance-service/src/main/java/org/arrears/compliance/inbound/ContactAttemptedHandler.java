package org.arrears.compliance.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.hold.HoldService;
import org.arrears.compliance.ledger.ContactLedger;
import org.arrears.compliance.rules.Channel;
import org.arrears.compliance.rules.Direction;
import org.arrears.compliance.rules.HoldType;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/**
 * Counts a reported contact in the debt's ledger (completing the row of the check that allowed it), and places a
 * CEASE or DISPUTE hold when the person asked to stop or disputed the debt during it.
 */
@ApplicationScoped
public class ContactAttemptedHandler implements EventHandler<ContactAttempted> {

    @Inject
    ContactLedger ledger;
    @Inject
    HoldService holds;
    @Inject
    Clock clock;

    @Override
    public Class<ContactAttempted> eventType() {
        return ContactAttempted.class;
    }

    @Override
    public void handle(ContactAttempted e, EventContext context) {
        ledger.applyAttempt(new ContactLedger.Attempt(e.accountId(), e.attemptId(), checkId(e.checkId()),
                Channel.valueOf(e.channel()), e.destination(), Direction.valueOf(e.direction()), e.outcome(),
                e.startedAt()), Instant.now(clock));
        if ("CEASE_REQUESTED".equals(e.outcome())) {
            holds.placeFromEvent(e.accountId(), HoldType.CEASE, "cease requested during contact", context.eventId());
        } else if ("DISPUTE_RAISED".equals(e.outcome())) {
            holds.placeFromEvent(e.accountId(), HoldType.DISPUTE, "dispute raised during contact", context.eventId());
        }
    }

    private static UUID checkId(String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException ex) {
            // Not one of ours: count the attempt on its own rather than lose it.
            Log.warnf("contact attempt carries a checkId that is not a UUID: %s", value);
            return null;
        }
    }
}
