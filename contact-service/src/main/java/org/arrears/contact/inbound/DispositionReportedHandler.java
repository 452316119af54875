package org.arrears.contact.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.disposition.Disposition;
import org.arrears.contact.disposition.DispositionService;
import org.arrears.events.dialer.DispositionReported;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;
import org.arrears.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * A disposition on the dispositions topic, recorded as the HTTP route records it (once per call id). A report
 * that breaks the contract cannot succeed on a retry: it fails, and the inbox sends it to the dead-letter topic.
 */
@ApplicationScoped
public class DispositionReportedHandler implements EventHandler<DispositionReported> {

    @Inject
    DispositionService dispositions;

    @Override
    public Class<DispositionReported> eventType() {
        return DispositionReported.class;
    }

    @Override
    public void handle(DispositionReported e, EventContext context) {
        try {
            var recorded = dispositions.record(new Disposition(e.accountId(), e.requestId(), e.callId(), e.checkId(),
                    e.destination(), e.outcome(), e.startedAt(), e.durationSeconds(), e.agent()));
            Log.infof("disposition %s of account %s: attempt %s%s (event %s)", e.outcome(), e.accountId(),
                    recorded.attempt().attemptId, recorded.duplicate() ? " already recorded" : "",
                    context.eventId());
        } catch (ProblemException invalid) {
            throw new IllegalArgumentException("disposition event " + context.eventId() + " is invalid: "
                    + invalid.getMessage(), invalid);
        }
    }
}
