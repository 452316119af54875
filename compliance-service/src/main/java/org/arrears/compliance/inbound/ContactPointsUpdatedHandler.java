package org.arrears.compliance.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.profile.DebtProfileService;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** New contact points change line types, consents and time zones for the next check. */
@ApplicationScoped
public class ContactPointsUpdatedHandler implements EventHandler<ContactPointsUpdated> {

    @Inject
    DebtProfileService profiles;

    @Override
    public Class<ContactPointsUpdated> eventType() {
        return ContactPointsUpdated.class;
    }

    @Override
    public void handle(ContactPointsUpdated event, EventContext context) {
        if (!profiles.updateContactPoints(event)) {
            // Placement and contact points travel on one topic keyed by account: no profile means no placement.
            Log.warnf("contact points for account %s without a debt profile; event %s skipped", event.accountId(),
                    context.eventId());
        }
    }
}
