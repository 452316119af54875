package org.arrears.payments.terms;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.platform.lock.ClusterLock;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;

import io.quarkus.logging.Log;

/** Stores creditors' terms as versions and answers which version is in force. */
@ApplicationScoped
public class TermsService {

    @Inject
    Clock clock;
    @Inject
    ClusterLock lock;

    /**
     * Stores the request as the creditor's next version, or returns the current one when nothing changed (so a
     * repeated PUT is idempotent and plans do not see a version bump for nothing).
     */
    @Transactional
    public Terms put(String creditorId, TermsRequest request, String by) {
        List<Problem.Violation> violations = TermsRules.check(request);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        // Two PUTs at once would both compute the same next version; the second is told to retry.
        if (!lock.tryLock("creditor-terms:" + creditorId)) {
            throw ProblemException.of(409, ProblemTypes.CONCURRENT_MODIFICATION, "Concurrent modification",
                    "The terms of creditor " + creditorId + " are being changed by another request; retry");
        }
        Optional<Terms> current = CreditorTerms.latest(creditorId).map(CreditorTerms::toTerms);
        int next = current.map(t -> t.version() + 1).orElse(1);
        Terms terms = TermsRules.toTerms(creditorId, next, request, Instant.now(clock));
        if (current.isPresent() && current.get().sameAs(terms)) {
            return current.get();
        }
        CreditorTerms.of(terms, by).persist();
        Log.infof("creditor %s terms version %d stored", creditorId, next);
        return terms;
    }

    public Optional<Terms> current(String creditorId) {
        return CreditorTerms.latest(creditorId).map(CreditorTerms::toTerms);
    }

    public Optional<Terms> version(String creditorId, int version) {
        return CreditorTerms.version(creditorId, version).map(CreditorTerms::toTerms);
    }

    /** The terms payments are allocated and charged under: the current version, or the documented defaults. */
    public Terms forPosting(String creditorId) {
        return current(creditorId).orElseGet(() -> Terms.defaultFor(creditorId));
    }
}
