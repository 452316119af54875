package org.arrears.contact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;

import org.arrears.events.Topics;
import org.arrears.events.dialer.DispositionReported;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.KafkaTopicProbe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A partner dialer as the contract describes it: a real Kafka consumer reading contact requests from
 * {@code arrears.dialer.requests.v1}, and a real producer writing dispositions to
 * {@code arrears.dialer.dispositions.v1} as CloudEvents.
 */
public final class FakeDialer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bootstrap;

    public FakeDialer(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    /** The first contact request for the account, as JSON, with its CloudEvents type checked. */
    public JsonNode awaitRequest(String account, Duration timeout) {
        var record = KafkaTopicProbe.awaitRecords(bootstrap, Topics.DIALER_REQUESTS,
                r -> account.equals(r.key()), 1, timeout).get(0);
        if (!"org.arrears.dialer.contact-requested.v1".equals(KafkaTopicProbe.header(record, "ce_type"))) {
            throw new AssertionError("unexpected type " + KafkaTopicProbe.header(record, "ce_type"));
        }
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reports what came of the call on the request; returns the event id. */
    public String answer(JsonNode request, String callId, String outcome, int durationSeconds) {
        return CloudEventRecords.send(bootstrap, new DispositionReported(request.get("accountId").asText(),
                request.get("requestId").asText(), callId, "chk-dialer-" + callId,
                request.get("destination").asText(), outcome, Instant.now().minusSeconds(durationSeconds),
                durationSeconds, "agent-7"));
    }
}
