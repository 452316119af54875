package org.arrears.platform.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.arrears.platform.outbox.OutboxBatchSent;

/**
 * Simulates the relay dying after Kafka acknowledged a batch but before the rows were marked published: once
 * armed, it fails every batch of the chosen run from the n-th on.
 */
@ApplicationScoped
public class RelayFault {

    private volatile String keyPrefix;
    private volatile int failFromBatch;
    private volatile int seen;
    private volatile boolean fired;

    public synchronized void arm(String keyPrefix, int failFromBatch) {
        this.keyPrefix = keyPrefix;
        this.failFromBatch = failFromBatch;
        this.seen = 0;
        this.fired = false;
    }

    public synchronized void disarm() {
        keyPrefix = null;
    }

    public boolean fired() {
        return fired;
    }

    void onBatch(@Observes OutboxBatchSent batch) {
        String prefix = keyPrefix;
        if (prefix == null || batch.records().stream().noneMatch(r -> r.key().startsWith(prefix))) {
            return;
        }
        synchronized (this) {
            seen++;
            if (seen >= failFromBatch) {
                fired = true;
                throw new IllegalStateException("simulated crash after sending batch " + seen);
            }
        }
    }
}
