package org.arrears.platform.inbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "arrears.inbox")
public interface InboxConfig {

    /** How long applied event ids are remembered; longer than any redelivery (topic retention) can be. */
    @WithDefault("P30D")
    Duration retention();

    /** Attempts at an event that fails for a reason other than an outage before it goes to the DLQ. */
    @WithDefault("3")
    int maxAttempts();

    /** Longest pause between retries while the database is unreachable. */
    @WithDefault("PT10S")
    Duration maxBackoff();
}
