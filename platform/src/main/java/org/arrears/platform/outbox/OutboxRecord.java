package org.arrears.platform.outbox;

import java.time.Instant;
import java.util.UUID;

/** One pending outbox row as the relay reads it. */
public record OutboxRecord(long id, UUID eventId, String topic, String key, String type, Instant occurredAt,
        String payload) {
}
