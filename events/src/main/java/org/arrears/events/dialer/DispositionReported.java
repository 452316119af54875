package org.arrears.events.dialer;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * What a partner dialer writes back after an attempt on a ContactRequested. Produced by the dialer (the same
 * report can come over HTTP); consumed by contact-service, which turns it into a ContactAttempted, once per
 * {@code callId} (the dialer's own id and the idempotency key). {@code checkId} is the pre-dial compliance
 * decision the dialer obtained; {@code outcome} takes the values of ContactAttempted's; {@code agent} is
 * null when no agent took the call.
 */
@EventType(value = "org.arrears.dialer.disposition.v1", topic = Topics.DIALER_DISPOSITIONS)
public record DispositionReported(
        String accountId,
        String requestId,
        String callId,
        String checkId,
        String destination,
        String outcome,
        Instant startedAt,
        int durationSeconds,
        String agent) implements ArrearsEvent {
}
