package org.arrears.payments;

import java.util.List;
import java.util.Map;

import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;

/** The domain refusals of payments-service; their types are listed in the README and never change meaning. */
public final class PaymentProblems {

    public static final String PLAN_NOT_ALLOWED = ProblemTypes.of("plan-not-allowed");
    public static final String ACTIVE_PLAN_EXISTS = ProblemTypes.of("active-plan-exists");
    public static final String TERMS_MISSING = ProblemTypes.of("creditor-terms-missing");
    public static final String PLAN_OUTSIDE_TERMS = ProblemTypes.of("plan-outside-terms");
    public static final String PLAN_NOT_ACTIVE = ProblemTypes.of("plan-not-active");
    public static final String PAYMENT_EXCEEDS_BALANCE = ProblemTypes.of("payment-exceeds-balance");
    public static final String PROCESSOR_TXN_REUSED = ProblemTypes.of("processor-txn-reused");
    public static final String ALREADY_REVERSED = ProblemTypes.of("payment-already-reversed");
    public static final String REPRESENTMENT_NOT_ALLOWED = ProblemTypes.of("representment-not-allowed");

    private PaymentProblems() {
    }

    public static ProblemException planNotAllowed(String accountId, String reason) {
        return ProblemException.withExtensions(409, PLAN_NOT_ALLOWED, "Plan not allowed",
                "Account " + accountId + " cannot take a plan: " + reason, Map.of("reason", reason));
    }

    public static ProblemException activePlanExists(String accountId, Object planId) {
        return ProblemException.withExtensions(409, ACTIVE_PLAN_EXISTS, "Active plan exists", "Account " + accountId
                + " already has active plan " + planId + "; cancel it first", Map.of("planId", planId.toString()));
    }

    public static ProblemException termsMissing(String creditorId) {
        return ProblemException.of(409, TERMS_MISSING, "Creditor terms missing", "Creditor " + creditorId
                + " has no terms yet, so its authority for plans is unknown; ops must PUT its terms first");
    }

    public static ProblemException outsideTerms(List<Problem.Violation> violations, int termsVersion) {
        return new ProblemException(new Problem(PLAN_OUTSIDE_TERMS, "Plan outside the creditor's terms", 422,
                violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " rules of the creditor's terms are not met",
                null, violations, Map.of("termsVersion", termsVersion)));
    }

    public static ProblemException conflict(String type, String title, String detail) {
        return ProblemException.of(409, type, title, detail);
    }
}
