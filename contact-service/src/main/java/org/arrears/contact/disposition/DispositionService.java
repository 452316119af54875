package org.arrears.contact.disposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.contact.attempt.AttemptService;
import org.arrears.contact.attempt.NewAttempt;
import org.arrears.contact.attempt.Outcome;
import org.arrears.contact.attempt.RecordedAttempt;
import org.arrears.contact.dispatch.ContactRequest;
import org.arrears.platform.failure.Failures;
import org.arrears.platform.problem.Problem.Violation;
import org.arrears.platform.problem.ProblemException;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Turns dialers' dispositions into contact attempts, however they arrive (HTTP batch or the dispositions topic).
 * The call id is the idempotency key: the first report records the attempt, repeats answer with it.
 */
@ApplicationScoped
public class DispositionService {

    @Inject
    AttemptService attempts;

    /** Records one disposition inside the caller's transaction (the inbox's, for the topic). */
    @Transactional(Transactional.TxType.MANDATORY)
    public RecordedAttempt record(Disposition d) {
        List<Violation> v = new ArrayList<>();
        DispositionRules.check(d, "", v);
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        UUID requestId = d.requestId() == null ? null : UUID.fromString(d.requestId());
        Optional<ContactRequest> request = requestId == null ? Optional.empty() : ContactRequest.byId(requestId);
        if (request.isPresent() && !request.get().accountId.equals(d.accountId())) {
            throw ProblemException.invalid("requestId", "belongs to another account");
        }
        String channel = request.map(r -> r.channel).orElse("CALL");
        return attempts.record(new NewAttempt(d.accountId(), request.map(r -> r.requestId).orElse(null),
                d.callId(), d.checkId(), channel, d.destination(), NewAttempt.OUTBOUND,
                Outcome.parse(d.outcome()).orElseThrow(), d.startedAt(), d.durationSeconds(), d.agent(), "DIALER"));
    }

    /**
     * Records a batch, each disposition in its own transaction so one dialer's retry of half a batch costs
     * nothing twice. Two reports of one call id racing each other: the loser finds the winner's attempt.
     */
    public List<DispositionResult> recordAll(DispositionBatch batch) {
        List<Violation> v = DispositionRules.check(batch);
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        List<DispositionResult> results = new ArrayList<>();
        for (int i = 0; i < batch.dispositions().size(); i++) {
            Disposition d = batch.dispositions().get(i);
            String field = "dispositions[" + i + "].";
            RecordedAttempt recorded;
            try {
                recorded = QuarkusTransaction.requiringNew().call(() -> record(d));
            } catch (ProblemException e) {
                throw relocated(e, field);
            } catch (RuntimeException e) {
                if (!Failures.isUniqueViolation(e)) {
                    throw e;
                }
                recorded = QuarkusTransaction.requiringNew().call(() -> record(d));
            }
            results.add(new DispositionResult(d.callId(), recorded.attempt().attemptId.toString(),
                    recorded.duplicate() ? "DUPLICATE" : "RECORDED"));
        }
        return results;
    }

    /** A violation found while recording names the field as the batch spells it. */
    private static ProblemException relocated(ProblemException e, String prefix) {
        List<Violation> violations = e.problem().violations();
        if (violations == null) {
            return e;
        }
        return ProblemException.invalid(violations.stream()
                .map(x -> new Violation(prefix + x.field(), x.message())).toList());
    }
}
