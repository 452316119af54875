package org.arrears.contact.dispatch;

import java.time.Duration;
import java.util.Map;

/**
 * Per-queue pacing, resolved from {@link DispatchConfig}: a queue's own values where it has them, the defaults
 * otherwise. A plain class so the rules are tested without Quarkus.
 */
public final class Pacing {

    /** A queue's pace: requests per round, and the wait after an attempt before the next request. */
    public record Pace(int perRound, Duration retryAfter) {
        public Pace {
            if (perRound < 0) {
                throw new IllegalArgumentException("per-round cannot be negative");
            }
            if (retryAfter.isNegative()) {
                throw new IllegalArgumentException("retry-after cannot be negative");
            }
        }
    }

    private final Pace defaults;
    private final Map<String, Pace> queues;

    public Pacing(Pace defaults, Map<String, Pace> queues) {
        this.defaults = defaults;
        this.queues = Map.copyOf(queues);
    }

    public static Pacing of(DispatchConfig config) {
        Pace defaults = new Pace(config.perRound(), config.retryAfter());
        Map<String, Pace> queues = new java.util.HashMap<>();
        config.queues().forEach((name, q) -> queues.put(name, new Pace(q.perRound().orElse(defaults.perRound()),
                q.retryAfter().orElse(defaults.retryAfter()))));
        return new Pacing(defaults, queues);
    }

    public Pace of(String queue) {
        return queues.getOrDefault(queue, defaults);
    }
}
