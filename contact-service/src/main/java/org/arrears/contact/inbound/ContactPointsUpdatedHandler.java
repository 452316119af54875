package org.arrears.contact.inbound;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.contactpoint.ContactPoints;
import org.arrears.contact.contactpoint.Destination;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** The full current set of the debtor's phones and emails replaces what the work item dials. */
@ApplicationScoped
public class ContactPointsUpdatedHandler implements EventHandler<ContactPointsUpdated> {

    @Inject
    ContactPoints contactPoints;

    @Override
    public Class<ContactPointsUpdated> eventType() {
        return ContactPointsUpdated.class;
    }

    @Override
    public void handle(ContactPointsUpdated event, EventContext context) {
        List<Destination> all = new ArrayList<>();
        if (event.phones() != null) {
            event.phones().forEach(p -> all.add(new Destination(p.number(), Destination.PHONE, p.type(), p.source(),
                    p.autodialConsent(), p.confidence(), p.status() == null ? "ACTIVE" : p.status(), false)));
        }
        if (event.emails() != null) {
            event.emails().forEach(e -> all.add(new Destination(e.address(), Destination.EMAIL, null, e.source(),
                    false, e.confidence(), e.status() == null ? "ACTIVE" : e.status(), false)));
        }
        contactPoints.replace(event.accountId(), all);
        Log.infof("account %s now has %d destination(s) (event %s)", event.accountId(), all.size(),
                context.eventId());
    }
}
