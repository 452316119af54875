package org.arrears.contact.queue;

import java.time.Instant;
import java.util.Map;

/**
 * One work queue at a glance: how many items are to be worked, since when the oldest of them has waited, and
 * the items by status (ACTIVE, PAUSED, SUSPENDED; ended items are not counted).
 */
public record QueueSummary(String queue, long active, Instant oldestItemAt, Map<String, Long> byStatus) {
}
