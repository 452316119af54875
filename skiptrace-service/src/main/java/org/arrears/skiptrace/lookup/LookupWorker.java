package org.arrears.skiptrace.lookup;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.skiptrace.contactpoint.ContactPointHistory;
import org.arrears.skiptrace.provider.ProviderRegistry;
import org.arrears.skiptrace.provider.Subject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs pending lookups on every replica: claim a few (short transaction), run each waterfall with no transaction
 * open (vendor calls take seconds), complete each in its own transaction. A failure leaves the request RUNNING
 * until its lease ends, then another round retries it.
 */
@ApplicationScoped
public class LookupWorker {

    @Inject
    LookupClaims claims;
    @Inject
    LookupCompletion completion;
    @Inject
    ContactPointHistory history;
    @Inject
    ProviderRegistry providers;
    @Inject
    MeterRegistry metrics;

    @Scheduled(identity = "skiptrace-lookups", every = "${arrears.skiptrace.worker.every:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        runDue();
    }

    /** One round; returns how many lookups it completed. */
    public int runDue() {
        int done = 0;
        for (LookupClaims.Claim claim : claims.claim()) {
            try {
                done += run(claim) ? 1 : 0;
            } catch (RuntimeException e) {
                Log.errorf(e, "skip-trace request %s failed; retried after its lease", claim.requestId());
            }
        }
        return done;
    }

    private boolean run(LookupClaims.Claim claim) {
        Optional<Subject> subject = completion.subject(claim);
        if (subject.isEmpty()) {
            return false;
        }
        Set<String> excluded = history.excludedKeys(subject.get().historyKey());
        LookupResult result = providers.waterfall().run(subject.get(), excluded);
        boolean completed = completion.complete(claim, subject.get(), result);
        // Per provider and result, so ops see a vendor timing out or its circuit open before anyone complains.
        for (ProviderOutcome o : result.outcomes()) {
            metrics.counter("arrears.skiptrace.provider.calls", "provider", o.provider(), "result",
                    o.result().name()).increment();
        }
        if (completed) {
            metrics.counter("arrears.skiptrace.lookups.completed").increment();
            Log.infof("skip-trace request %s completed for account %s: asked %s; %d phone(s), %d address(es), "
                    + "%d email(s), %d scrub finding(s)", claim.requestId(), subject.get().accountId(),
                    result.providersAsked(), result.phones().size(), result.addresses().size(),
                    result.emails().size(), result.scrubs().size());
        }
        return completed;
    }
}
