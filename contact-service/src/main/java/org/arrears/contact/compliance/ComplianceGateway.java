package org.arrears.contact.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * The only way to ask compliance-service. Fail-closed: a timeout, an error or an open circuit is a
 * {@link ComplianceUnavailableException}, never an ALLOW, and callers send nothing. The circuit breaker stops
 * hammering a compliance-service that is down; the timeout keeps one slow answer from holding a dispatch round.
 * Metrics: {@code arrears_contact_compliance_unavailable_total} counts failed checks,
 * {@code arrears_contact_compliance_available} is 0 while the last check failed (readiness reads the same).
 */
@ApplicationScoped
public class ComplianceGateway {

    @Inject
    GuardedComplianceClient guarded;
    @Inject
    Clock clock;

    private final AtomicReference<Instant> unavailableSince = new AtomicReference<>();
    private final Counter failures;

    ComplianceGateway(MeterRegistry registry) {
        this.failures = Counter.builder("arrears.contact.compliance.unavailable")
                .description("Compliance checks that failed (timeout, error, open circuit); nothing was sent")
                .register(registry);
        Gauge.builder("arrears.contact.compliance.available", unavailableSince, u -> u.get() == null ? 1 : 0)
                .description("1 while compliance-service answers checks, 0 while contact is failing closed")
                .register(registry);
    }

    /**
     * Asks for a decision.
     *
     * @return the decision, or empty when compliance-service does not know the account yet (404)
     * @throws ComplianceUnavailableException when no decision could be had
     */
    public Optional<CheckDecision> check(CheckRequest request) {
        try {
            CheckDecision decision = guarded.check(request);
            if (unavailableSince.getAndSet(null) != null) {
                Log.info("compliance-service answers again; contact resumes");
            }
            return Optional.ofNullable(decision);
        } catch (RuntimeException e) {
            if (e instanceof org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException) {
                // The backstop timeout interrupted this thread; the interrupt was meant for the call, not for the
                // caller's transaction, which must still roll back or commit normally.
                Thread.interrupted();
            }
            failures.increment();
            if (unavailableSince.compareAndSet(null, Instant.now(clock))) {
                Log.warnf("compliance-service unavailable (%s); no contact is requested until it answers",
                        e.getClass().getSimpleName());
            }
            throw new ComplianceUnavailableException("compliance-service did not give a decision", e);
        }
    }

    /** Since when checks fail, or empty while compliance-service answers. */
    public Optional<Instant> unavailableSince() {
        return Optional.ofNullable(unavailableSince.get());
    }
}
