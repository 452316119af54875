package org.arrears.contact.attempt;

import java.time.Instant;
import java.util.UUID;

/**
 * An attempt to record, already validated, whoever reported it.
 *
 * @param callId the dialer's call id (idempotency key), or null for agents' records
 * @param requestId the ContactRequested it answers, or null
 * @param direction OUTBOUND or INBOUND (consumer-initiated: recorded, never counted as an outbound attempt)
 * @param source DIALER, AGENT or VENDOR
 */
public record NewAttempt(String accountId, UUID requestId, String callId, String checkId, String channel,
        String destination, String direction, Outcome outcome, Instant startedAt, int durationSeconds,
        String agent, String source) {

    public static final String OUTBOUND = "OUTBOUND";
    public static final String INBOUND = "INBOUND";
}
