package org.arrears.compliance.rules;

import java.util.List;

/** Known attorney representation about the debt: contact the attorney, not the person (1006.6(b)(2)). */
public final class AttorneyRule implements Rule {

    @Override
    public String code() {
        return "ATTORNEY_REPRESENTED";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.6(b)(2)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (facts.holds(HoldType.ATTORNEY) || facts.preferences().attorneyRepresented()) {
            return List.of(violation("the person is represented by an attorney about this debt: contact the attorney",
                    null));
        }
        return List.of();
    }
}
