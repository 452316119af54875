package org.arrears.compliance.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * After the statute of limitations no suit and no threat of one (1006.26(b)). Ordinary contact about a
 * time-barred debt stays lawful, so only checks whose purpose is a legal action are refused.
 */
public final class TimeBarredRule implements Rule {

    @Override
    public String code() {
        return "TIME_BARRED";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.26(b)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (check.purpose() != Purpose.LEGAL_ACTION) {
            return List.of();
        }
        LocalDate limit = facts.limitationDate();
        if (limit == null) {
            return List.of(violation("the date of first delinquency is unknown, so the debt may be time-barred",
                    null));
        }
        if (LocalDays.of(check.at(), facts.timeZones().get(0)).isAfter(limit)) {
            return List.of(violation("the statute of limitations ran out on " + limit, null));
        }
        return List.of();
    }
}
