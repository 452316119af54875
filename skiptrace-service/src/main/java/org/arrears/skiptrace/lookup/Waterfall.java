package org.arrears.skiptrace.lookup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.arrears.skiptrace.merge.ContactPointMerge;
import org.arrears.skiptrace.merge.Merged;
import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;
import org.arrears.skiptrace.provider.ProviderAnswer;
import org.arrears.skiptrace.provider.ProviderGuard;
import org.arrears.skiptrace.provider.Subject;

import io.quarkus.logging.Log;

/**
 * Asks providers in order until {@link StopRule} is met. A provider that fails, is slow or is shut off by its
 * guard is recorded and skipped; the others still run. Scrub findings are collected from every answer.
 */
public final class Waterfall {

    private final List<GuardedProvider> order;
    private final double stopConfidence;
    private final ExecutorService calls;
    private final Clock clock;

    public Waterfall(List<GuardedProvider> order, double stopConfidence, ExecutorService calls, Clock clock) {
        this.order = List.copyOf(order);
        this.stopConfidence = stopConfidence;
        this.calls = calls;
        this.clock = clock;
    }

    /** @param excludedKeys points marked wrong, revoked or reassigned: dropped whoever reports them */
    public LookupResult run(Subject subject, Set<String> excludedKeys) {
        LocalDate today = LocalDate.now(clock);
        Sightings seen = new Sightings();
        List<ProviderOutcome> outcomes = new ArrayList<>();
        List<ScrubReport> scrubs = new ArrayList<>();
        List<Merged<NormalPhone>> phones = List.of();
        List<Merged<NormalAddress>> addresses = List.of();
        for (GuardedProvider g : order) {
            if (StopRule.enough(phones, addresses, stopConfidence)) {
                break;
            }
            outcomes.add(ask(g, subject, seen, scrubs));
            phones = ContactPointMerge.merge(seen.phones, excludedKeys, NormalPhone::combine, today);
            addresses = ContactPointMerge.merge(seen.addresses, excludedKeys, NormalAddress::combine, today);
        }
        List<Merged<String>> emails = ContactPointMerge.merge(seen.emails, excludedKeys, (a, b) -> a, today);
        return new LookupResult(outcomes, phones, addresses, emails, scrubs);
    }

    private ProviderOutcome ask(GuardedProvider g, Subject subject, Sightings seen, List<ScrubReport> scrubs) {
        String name = g.provider().name();
        Optional<ProviderGuard.Refusal> refusal = g.guard().acquire();
        if (refusal.isPresent()) {
            ProviderOutcome.Result r = refusal.get() == ProviderGuard.Refusal.CIRCUIT_OPEN
                    ? ProviderOutcome.Result.CIRCUIT_OPEN : ProviderOutcome.Result.RATE_LIMITED;
            return new ProviderOutcome(name, r, 0, 0, 0, 0, BigDecimal.ZERO);
        }
        long started = System.nanoTime();
        Future<ProviderAnswer> call = calls.submit(() -> g.provider().lookup(subject));
        try {
            ProviderAnswer answer = call.get(g.timeout().toMillis(), TimeUnit.MILLISECONDS);
            g.guard().succeeded();
            int[] usable = seen.add(name, answer);
            collectScrubs(name, answer, scrubs);
            return new ProviderOutcome(name, ProviderOutcome.Result.ANSWERED, usable[0], usable[1], usable[2],
                    millis(started), g.provider().cost());
        } catch (TimeoutException e) {
            call.cancel(true);
            g.guard().failed();
            Log.warnf("skip-trace provider %s timed out after %s (request %s)", name, g.timeout(), subject.requestId());
            return new ProviderOutcome(name, ProviderOutcome.Result.TIMED_OUT, 0, 0, 0, millis(started),
                    g.provider().cost());
        } catch (ExecutionException e) {
            g.guard().failed();
            if (isTimeout(e.getCause())) {
                // The provider's own client gave up first (an HTTP request timeout equal to the guard's).
                return new ProviderOutcome(name, ProviderOutcome.Result.TIMED_OUT, 0, 0, 0, millis(started),
                        g.provider().cost());
            }
            // The exception's class and message only: provider errors are written not to carry personal data.
            Log.warnf("skip-trace provider %s failed: %s (request %s)", name, e.getCause(), subject.requestId());
            return new ProviderOutcome(name, ProviderOutcome.Result.FAILED, 0, 0, 0, millis(started),
                    g.provider().cost());
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("lookup interrupted", e);
        }
    }

    private static void collectScrubs(String source, ProviderAnswer a, List<ScrubReport> scrubs) {
        if (a.deceased() != null) {
            scrubs.add(new ScrubReport(source, a.deceased(), null, null));
        }
        a.bankruptcies().forEach(b -> scrubs.add(new ScrubReport(source, null, b, null)));
        if (a.military() != null) {
            scrubs.add(new ScrubReport(source, null, null, a.military()));
        }
    }

    private static boolean isTimeout(Throwable t) {
        return t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException
                || t instanceof TimeoutException;
    }

    private static long millis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
