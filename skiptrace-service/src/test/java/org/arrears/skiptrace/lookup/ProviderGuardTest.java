package org.arrears.skiptrace.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.arrears.skiptrace.provider.ProviderGuard;
import org.arrears.skiptrace.provider.ProviderGuard.Refusal;
import org.junit.jupiter.api.Test;

class ProviderGuardTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-23T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();

    @Test
    void theCircuitOpensAfterTheThresholdOfFailuresAndSkipsTheProviderUntilOpenForPasses() {
        ProviderGuard g = new ProviderGuard(0, 3, Duration.ofSeconds(60), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(g.acquire()).isEmpty();
            g.failed();
        }

        assertThat(g.acquire()).contains(Refusal.CIRCUIT_OPEN);
        clock.now = clock.now.plusSeconds(61);
        assertThat(g.acquire()).isEmpty(); // half-open: one trial
        assertThat(g.acquire()).contains(Refusal.CIRCUIT_OPEN); // no second call while the trial runs
        g.succeeded();
        assertThat(g.acquire()).isEmpty();
        assertThat(g.open()).isFalse();
    }

    @Test
    void aFailedTrialOpensTheCircuitAgainAtOnce() {
        ProviderGuard g = new ProviderGuard(0, 1, Duration.ofSeconds(10), clock);
        g.acquire();
        g.failed();
        clock.now = clock.now.plusSeconds(11);
        assertThat(g.acquire()).isEmpty();
        g.failed();

        assertThat(g.acquire()).contains(Refusal.CIRCUIT_OPEN);
    }

    @Test
    void aSuccessBetweenFailuresResetsTheCount() {
        ProviderGuard g = new ProviderGuard(0, 2, Duration.ofSeconds(10), clock);
        g.acquire();
        g.failed();
        g.acquire();
        g.succeeded();
        g.acquire();
        g.failed();

        assertThat(g.acquire()).isEmpty();
    }

    @Test
    void theRateLimitCountsCallsPerMinute() {
        ProviderGuard g = new ProviderGuard(2, 5, Duration.ofSeconds(10), clock);
        assertThat(g.acquire()).isEmpty();
        assertThat(g.acquire()).isEmpty();
        assertThat(g.acquire()).contains(Refusal.RATE_LIMITED);

        clock.now = clock.now.plusSeconds(60);
        assertThat(g.acquire()).isEmpty();
    }
}
