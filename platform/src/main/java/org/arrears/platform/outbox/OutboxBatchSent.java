package org.arrears.platform.outbox;

import java.util.List;

/**
 * Fired synchronously after Kafka acknowledged a batch and before its rows are marked published. An observer
 * that throws makes the relay roll back, as a crash at that point would: the batch is published again later.
 */
public record OutboxBatchSent(List<OutboxRecord> records) {
}
