package org.arrears.platform.idempotency;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "arrears.idempotency")
public interface IdempotencyConfig {

    /** How long a key and its first response are kept. */
    @WithDefault("P1D")
    Duration ttl();

    /** A key still "in progress" after this long belongs to a request that died; a retry may take it over. */
    @WithDefault("PT1M")
    Duration abandonedAfter();
}
