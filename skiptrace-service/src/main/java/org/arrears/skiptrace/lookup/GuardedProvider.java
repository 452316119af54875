package org.arrears.skiptrace.lookup;

import java.time.Duration;

import org.arrears.skiptrace.provider.ProviderGuard;
import org.arrears.skiptrace.provider.SkiptraceProvider;

/** A provider in the waterfall with its guard and timeout. */
public record GuardedProvider(SkiptraceProvider provider, ProviderGuard guard, Duration timeout) {
}
