package org.arrears.contact.queue;

import java.time.Instant;

/** One work queue at a glance: how many items wait in it and since when the oldest has. */
public record QueueSummary(String queue, long active, Instant oldestItemAt) {
}
