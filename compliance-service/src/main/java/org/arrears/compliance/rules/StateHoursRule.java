package org.arrears.compliance.rules;

import java.util.List;

import org.arrears.compliance.jurisdiction.Jurisdiction;
import org.arrears.compliance.time.DailyWindow;

/**
 * A state's own calling hours from the rule data (Washington: no calls before 7:30 or after 21:00). It binds only
 * where it is stricter than the federal hours, which apply as well.
 */
public final class StateHoursRule implements Rule {

    private final Jurisdiction jurisdiction;

    public StateHoursRule(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    @Override
    public String code() {
        return jurisdiction.reasonCode();
    }

    @Override
    public String citation() {
        return jurisdiction.citation();
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (!check.channel().isTelephoneCall()) {
            return List.of();
        }
        DailyWindow window = new DailyWindow(jurisdiction.hours().start(), jurisdiction.hours().end(), List.of());
        return InconvenientTimeRule.outside(this, window, check, facts.timeZones());
    }
}
