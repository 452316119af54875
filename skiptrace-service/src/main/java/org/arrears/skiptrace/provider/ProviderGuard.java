package org.arrears.skiptrace.provider;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Per-provider rate limit and circuit breaker, in this replica's memory. A vendor that keeps failing is left
 * alone for {@code openFor} and then given one trial call (half-open), so a dead vendor costs a lookup nothing
 * but a skipped step. The rate limit is a fixed window per minute: vendors bill and throttle per minute, and
 * each replica holds its share (divide the vendor's limit by the replica count).
 */
public final class ProviderGuard {

    /** Why a provider was not asked. */
    public enum Refusal {
        CIRCUIT_OPEN, RATE_LIMITED
    }

    private final int perMinute;
    private final int failureThreshold;
    private final Duration openFor;
    private final Clock clock;

    private int consecutiveFailures;
    private Instant openUntil;
    private boolean trialInFlight;
    private long windowMinute = Long.MIN_VALUE;
    private int callsInWindow;

    public ProviderGuard(int perMinute, int failureThreshold, Duration openFor, Clock clock) {
        this.perMinute = perMinute;
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
        this.clock = clock;
    }

    /** Takes a permit for one call, or says why there is none. */
    public synchronized Optional<Refusal> acquire() {
        Instant now = clock.instant();
        if (openUntil != null) {
            if (now.isBefore(openUntil) || trialInFlight) {
                return Optional.of(Refusal.CIRCUIT_OPEN);
            }
            trialInFlight = true; // half-open: this call decides
        }
        long minute = now.getEpochSecond() / 60;
        if (minute != windowMinute) {
            windowMinute = minute;
            callsInWindow = 0;
        }
        if (perMinute > 0 && callsInWindow >= perMinute) {
            trialInFlight = false;
            return Optional.of(Refusal.RATE_LIMITED);
        }
        callsInWindow++;
        return Optional.empty();
    }

    public synchronized void succeeded() {
        consecutiveFailures = 0;
        openUntil = null;
        trialInFlight = false;
    }

    public synchronized void failed() {
        consecutiveFailures++;
        if (trialInFlight || consecutiveFailures >= failureThreshold) {
            openUntil = clock.instant().plus(openFor);
        }
        trialInFlight = false;
    }

    public synchronized boolean open() {
        return openUntil != null && clock.instant().isBefore(openUntil);
    }
}
