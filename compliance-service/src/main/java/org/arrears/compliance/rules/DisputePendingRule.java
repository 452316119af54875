package org.arrears.compliance.rules;

import java.util.List;

/**
 * A timely dispute, or a request for the original creditor, stops collection until the verification is sent
 * (1006.38(d)(2)); the debt stays disputed until a DISPUTE hold is released with verification.
 */
public final class DisputePendingRule implements Rule {

    @Override
    public String code() {
        return "DISPUTE_PENDING";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.38(d)(2)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (facts.disputed() || facts.holds(HoldType.DISPUTE)) {
            return List.of(violation("the debt is disputed: collection waits for the verification", null));
        }
        return List.of();
    }
}
