package org.arrears.skiptrace.lookup;

import java.math.BigDecimal;

/**
 * What one provider did in one lookup: ANSWERED, FAILED, TIMED_OUT, or not asked (CIRCUIT_OPEN,
 * RATE_LIMITED); how many usable points it gave and what it cost.
 */
public record ProviderOutcome(String provider, Result result, int phones, int addresses, int emails,
        long millis, BigDecimal cost) {

    public enum Result {
        ANSWERED, FAILED, TIMED_OUT, CIRCUIT_OPEN, RATE_LIMITED;

        /** The provider was called (and, for a vendor, billed or at least asked). */
        public boolean asked() {
            return this == ANSWERED || this == FAILED || this == TIMED_OUT;
        }
    }
}
