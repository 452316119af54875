package org.arrears.payments.terms;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.arrears.payments.balance.AllocationOrder;
import org.arrears.platform.problem.Problem.Violation;

/** Checks a terms request field by field; every violation is reported, not just the first. */
public final class TermsRules {

    static final int MAX_INSTALLMENTS = 120;
    static final int MAX_DAYS_TO_FIRST_DUE = 365;
    static final int MAX_GRACE_DAYS = 30;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private TermsRules() {
    }

    public static List<Violation> check(TermsRequest r) {
        List<Violation> v = new ArrayList<>();
        if (r == null) {
            return List.of(new Violation("body", "must not be empty"));
        }
        percent(v, "contingencyFeePercent", r.contingencyFeePercent(), true);
        if (r.remitMode() == null) {
            v.add(new Violation("remitMode", "must be NET or GROSS"));
        }
        percent(v, "minSettlementPercent", r.minSettlementPercent(), false);
        range(v, "maxInstallments", r.maxInstallments(), 1, MAX_INSTALLMENTS);
        if (r.minFirstPayment() == null) {
            v.add(new Violation("minFirstPayment", "must not be null"));
        } else if (r.minFirstPayment().signum() < 0) {
            v.add(new Violation("minFirstPayment", "must not be negative"));
        } else if (r.minFirstPayment().stripTrailingZeros().scale() > 2) {
            v.add(new Violation("minFirstPayment", "must have at most 2 decimal places"));
        }
        range(v, "maxDaysToFirstDue", r.maxDaysToFirstDue(), 0, MAX_DAYS_TO_FIRST_DUE);
        range(v, "graceDays", r.graceDays(), 0, MAX_GRACE_DAYS);
        AllocationOrder.Parsed order = AllocationOrder.parse(r.allocationOrder());
        if (order.error() != null) {
            v.add(new Violation("allocationOrder", order.error()));
        }
        return v;
    }

    /** The terms a valid request describes; call {@link #check} first. */
    public static Terms toTerms(String creditorId, int version, TermsRequest r, Instant at) {
        return new Terms(creditorId, version, r.contingencyFeePercent(), r.remitMode(), r.minSettlementPercent(),
                r.maxInstallments(), r.minFirstPayment(), r.maxDaysToFirstDue(), r.graceDays(),
                AllocationOrder.parse(r.allocationOrder()).order().orElseThrow(), at);
    }

    private static void percent(List<Violation> v, String field, BigDecimal value, boolean zeroAllowed) {
        if (value == null) {
            v.add(new Violation(field, "must not be null"));
        } else if (value.compareTo(HUNDRED) > 0 || value.signum() < 0 || (!zeroAllowed && value.signum() == 0)) {
            v.add(new Violation(field, zeroAllowed ? "must be between 0 and 100" : "must be more than 0 and at most 100"));
        } else if (value.stripTrailingZeros().scale() > 2) {
            v.add(new Violation(field, "must have at most 2 decimal places"));
        }
    }

    private static void range(List<Violation> v, String field, Integer value, int min, int max) {
        if (value == null) {
            v.add(new Violation(field, "must not be null"));
        } else if (value < min || value > max) {
            v.add(new Violation(field, "must be between " + min + " and " + max));
        }
    }
}
