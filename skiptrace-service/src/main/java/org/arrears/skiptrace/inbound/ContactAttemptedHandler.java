package org.arrears.skiptrace.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.contact.ContactAttempted;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;
import org.arrears.skiptrace.contactpoint.ContactPointHistory;
import org.arrears.skiptrace.contactpoint.DebtorAccount;
import org.arrears.skiptrace.request.SkiptraceNeeds;
import org.arrears.skiptrace.request.SkiptraceRequestService;

import io.quarkus.logging.Log;

/**
 * Contact outcomes teach the history: a right-party contact confirms the destination; a wrong number or a
 * disconnected line marks it wrong and asks for a new trace; returned mail asks for one too (and a bounced email
 * is marked wrong). Other outcomes
 * say nothing about the point.
 */
@ApplicationScoped
public class ContactAttemptedHandler implements EventHandler<ContactAttempted> {

    @Inject
    ContactPointHistory history;
    @Inject
    SkiptraceRequestService requests;

    @Override
    public Class<ContactAttempted> eventType() {
        return ContactAttempted.class;
    }

    @Override
    public void handle(ContactAttempted e, EventContext context) {
        String outcome = e.outcome();
        if ("RIGHT_PARTY_CONTACT".equals(outcome) || "WRONG_NUMBER".equals(outcome)
                || "DISCONNECTED".equals(outcome)) {
            history.recordOutcome(e.accountId(), e.destination(), outcome,
                    e.startedAt() == null ? context.time() : e.startedAt());
        } else if ("RETURNED".equals(outcome) && "EMAIL".equals(e.channel())) {
            // A bounced email is a wrong address; a returned letter's destination is accounts-service's address
            // id, which this service cannot map to a point, so only the new trace below follows from it.
            history.recordOutcome(e.accountId(), e.destination(), outcome,
                    e.startedAt() == null ? context.time() : e.startedAt());
        }
        SkiptraceNeeds.onOutcome(outcome).ifPresent(reason -> {
            String debtorKey = DebtorAccount.<DebtorAccount>findByIdOptional(e.accountId()).map(a -> a.debtorKey)
                    .orElse(null);
            var opened = requests.open(e.accountId(), debtorKey, reason, "event");
            if (opened.created()) {
                Log.infof("skip-trace request %s (%s) opened for account %s (event %s)", opened.request().id(),
                        reason, e.accountId(), context.eventId());
            }
        });
    }
}
