package org.arrears.platform.inbox;

import java.time.Instant;

/** Where an event came from: its CloudEvents attributes and its place in Kafka. */
public record EventContext(String eventId, String type, String source, Instant time, String topic, int partition,
        long offset) {
}
