package org.arrears.contact.dispatch;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How the dispatcher paces contact requests. Defaults apply to every queue; {@code queues."<name>".*} overrides
 * them for one queue, e.g. {@code arrears.contact.dispatch.queues."EARLY".per-round=200}.
 */
@ConfigMapping(prefix = "arrears.contact.dispatch")
public interface DispatchConfig {

    /** How often each replica tries a round (the scheduler reads it; {@code off} in tests). */
    @WithDefault("10s")
    String every();

    /** At most this many requests per queue in one round. */
    @WithDefault("50")
    int perRound();

    /** After an attempt, or when no destination could be tried, wait this long before the next request. */
    @WithDefault("PT4H")
    Duration retryAfter();

    /** How many contactable items one round looks at, over all queues. */
    @WithDefault("1000")
    int scanLimit();

    Map<String, QueuePacing> queues();

    interface QueuePacing {
        OptionalInt perRound();

        Optional<Duration> retryAfter();
    }
}
