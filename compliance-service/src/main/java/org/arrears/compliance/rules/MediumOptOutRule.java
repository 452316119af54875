package org.arrears.compliance.rules;

import java.util.List;

/** The person asked not to be contacted by this medium or at this number or address (1006.14(h)(1)). */
public final class MediumOptOutRule implements Rule {

    @Override
    public String code() {
        return "MEDIUM_OPT_OUT";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(h)(1)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (facts.preferences().optedOut(check.channel(), check.destination())) {
            return List.of(violation("the person asked not to be contacted by " + check.channel()
                    + " or at this destination", null));
        }
        return List.of();
    }
}
