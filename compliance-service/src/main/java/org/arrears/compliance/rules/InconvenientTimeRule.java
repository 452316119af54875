package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.arrears.compliance.jurisdiction.FederalBaseline;
import org.arrears.compliance.time.DailyWindow;

/**
 * Before 8:00 and after 21:00 at the person's location is inconvenient, and so is any time the person said is
 * (1006.6(b)(1)(i)); calls, texts, voicemails and emails alike, since they arrive when sent. When the location is
 * uncertain the time must be convenient in every candidate zone.
 */
public final class InconvenientTimeRule implements Rule {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final FederalBaseline federal;

    public InconvenientTimeRule(FederalBaseline federal) {
        this.federal = federal;
    }

    @Override
    public String code() {
        return "INCONVENIENT_TIME";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.6(b)(1)(i)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (!check.channel().isImmediate()) {
            return List.of();
        }
        DailyWindow window = new DailyWindow(federal.hours().start(), federal.hours().end(),
                facts.preferences().inconvenientTimes());
        return outside(this, window, check, facts.timeZones());
    }

    /** The violation when the check's time is outside the window in any zone; shared with the state hours rule. */
    static List<Violation> outside(Rule rule, DailyWindow window, ContactCheck check, List<ZoneId> zones) {
        Instant notBefore = null;
        List<String> where = new ArrayList<>();
        for (ZoneId zone : zones) {
            if (!window.contains(check.at(), zone)) {
                where.add(check.at().atZone(zone).format(HH_MM) + " in " + zone);
                notBefore = LocalDays.later(notBefore, window.nextCandidateAfter(check.at(), zone));
            }
        }
        if (notBefore == null) {
            return List.of();
        }
        return List.of(rule.violation(String.join(", ", where) + " is outside " + window.start().format(HH_MM)
                + "–" + window.end().format(HH_MM) + (window.excluded().isEmpty() ? ""
                        : " or inside a time the person named inconvenient"), notBefore));
    }
}
