package org.arrears.contact.attempt;

import java.time.Instant;

/** A recorded attempt as the API shows it. */
public record AttemptView(String attemptId, String accountId, String requestId, String callId, String checkId,
        String channel, String destination, String direction, String outcome, Instant startedAt,
        int durationSeconds, String agent, String source, Instant recordedAt) {

    static AttemptView of(ContactAttempt a) {
        return new AttemptView(a.attemptId.toString(), a.accountId, a.requestId == null ? null : a.requestId.toString(),
                a.callId, a.checkId, a.channel, a.destination, a.direction, a.outcome, a.startedAt, a.durationSeconds,
                a.agent, a.source, a.recordedAt);
    }
}
