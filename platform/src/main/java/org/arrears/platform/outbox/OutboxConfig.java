package org.arrears.platform.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "arrears.outbox")
public interface OutboxConfig {

    Relay relay();

    /** How long published rows are kept for diagnosis before the purge deletes them. */
    @WithDefault("PT1H")
    Duration retention();

    interface Relay {

        /** Off only in tests that drive the relay by hand. */
        @WithDefault("true")
        boolean enabled();

        /** Rows published per transaction. */
        @WithDefault("1000")
        int batchSize();

        /** Fallback poll when no NOTIFY arrives (lost listener connection, another writer). */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Longest pause after a failure (broker or database down); doubles from 100 ms up to this. */
        @WithDefault("PT10S")
        Duration maxBackoff();
    }
}
