package org.arrears.contact.attempt;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.contact.contactpoint.ContactPoints;
import org.arrears.contact.dispatch.DispatchConfig;
import org.arrears.contact.dispatch.Pacing;
import org.arrears.contact.workitem.WorkItem;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.events.contact.RightPartyContacted;
import org.arrears.platform.outbox.Outbox;

/**
 * Records contact attempts and tells the rest of the platform: a ContactAttempted for every attempt (compliance
 * counts it and turns CEASE_REQUESTED / DISPUTE_RAISED into holds; skiptrace acts on bad destinations), a
 * RightPartyContacted beside it when the debtor was reached. Once per call id, however often it is reported.
 */
@ApplicationScoped
public class AttemptService {

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    ContactPoints contactPoints;
    @Inject
    DispatchConfig dispatch;

    @Transactional(Transactional.TxType.MANDATORY)
    public RecordedAttempt record(NewAttempt a) {
        if (a.callId() != null) {
            Optional<ContactAttempt> earlier = ContactAttempt.byCallId(a.callId());
            if (earlier.isPresent()) {
                return new RecordedAttempt(earlier.get(), true);
            }
        }
        Instant now = Instant.now(clock);
        ContactAttempt attempt = new ContactAttempt();
        attempt.attemptId = UUID.randomUUID();
        attempt.accountId = a.accountId();
        attempt.requestId = a.requestId();
        attempt.callId = a.callId();
        attempt.checkId = a.checkId();
        attempt.channel = a.channel();
        attempt.destination = a.destination();
        attempt.direction = a.direction();
        attempt.outcome = a.outcome().name();
        attempt.startedAt = a.startedAt();
        attempt.durationSeconds = a.durationSeconds();
        attempt.agent = a.agent();
        attempt.source = a.source();
        attempt.recordedAt = now;
        // Flushed now so a concurrent report of the same call id fails here, before any event is written.
        attempt.persistAndFlush();

        outbox.publish(new ContactAttempted(a.accountId(), attempt.attemptId.toString(),
                a.requestId() == null ? null : a.requestId().toString(), a.checkId(), a.channel(), a.destination(),
                a.direction(), a.outcome().name(), a.startedAt(), a.durationSeconds(), a.agent(), a.source()));
        if (a.outcome().rightParty) {
            outbox.publish(new RightPartyContacted(a.accountId(), attempt.attemptId.toString(), a.channel(),
                    a.startedAt()));
        }
        if (a.outcome().badDestination && a.destination() != null) {
            contactPoints.markBad(a.accountId(), a.destination(), now);
        }
        if (NewAttempt.OUTBOUND.equals(a.direction())) {
            closeRequest(a, now);
        }
        return new RecordedAttempt(attempt, false);
    }

    /** The item's open request is answered; the next one waits the queue's retry-after. */
    private void closeRequest(NewAttempt a, Instant now) {
        WorkItem.ofAccountForUpdate(a.accountId()).ifPresent(item -> {
            if (a.requestId() != null && a.requestId().equals(item.openRequestId)) {
                item.openRequestId = null;
                item.openRequestUntil = null;
            }
            Instant next = now.plus(Pacing.of(dispatch).of(item.queue).retryAfter());
            if (item.nextContactAt == null || item.nextContactAt.isBefore(next)) {
                item.nextContactAt = next;
            }
            item.updatedAt = now;
        });
    }
}
