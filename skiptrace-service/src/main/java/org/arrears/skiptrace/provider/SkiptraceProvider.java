package org.arrears.skiptrace.provider;

import java.math.BigDecimal;
import java.util.Set;

/**
 * A source of candidate contact points and scrub findings. The waterfall calls {@link #lookup} outside any
 * transaction, under the provider's timeout, rate limit and circuit breaker; a provider only answers or throws.
 */
public interface SkiptraceProvider {

    /** Stable name: used in configuration, in {@code providersAsked} and as the source of what it finds. */
    String name();

    /** What it can find; informs the waterfall's order and the operator, not the merge. */
    Set<Finding> finds();

    /** What one lookup costs (in the vendor's billing currency); zero for the platform's own history. */
    BigDecimal cost();

    ProviderAnswer lookup(Subject subject) throws Exception;

    enum Finding {
        PHONE, ADDRESS, EMAIL, DECEASED, BANKRUPTCY, MILITARY
    }
}
