package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.arrears.compliance.jurisdiction.ContactLimit;
import org.arrears.compliance.jurisdiction.DestinationScope;
import org.arrears.compliance.jurisdiction.Jurisdiction;
import org.arrears.compliance.time.RollingDays;

/**
 * A state's or city's contact limit from the rule data (e.g. Massachusetts: 2 calls or texts in 7 days to a
 * residence or mobile phone). Counts every collector-initiated contact by the limit's channels to destinations
 * in its scope, in the person's local calendar days in every candidate zone; consent does not exempt from it.
 */
public final class StateContactLimitRule implements Rule {

    private final Jurisdiction jurisdiction;
    private final ContactLimit limit;

    public StateContactLimitRule(Jurisdiction jurisdiction, ContactLimit limit) {
        this.jurisdiction = jurisdiction;
        this.limit = limit;
    }

    @Override
    public String code() {
        return jurisdiction.reasonCode();
    }

    @Override
    public String citation() {
        return limit.citation();
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        ContactPreferences prefs = facts.preferences();
        if (!limit.channels().contains(check.channel()) || !inScope(check.destination(), prefs)) {
            return List.of();
        }
        List<Instant> counted = facts.ledger().stream()
                .filter(e -> e.outbound() && limit.channels().contains(e.channel()) && inScope(e.destination(), prefs))
                .map(LedgerEntry::at).toList();
        Instant notBefore = null;
        RollingDays.Period full = null;
        for (ZoneId zone : facts.timeZones()) {
            RollingDays days = new RollingDays(LocalDays.of(counted, zone), limit.days(), limit.max());
            LocalDate day = LocalDays.of(check.at(), zone);
            var period = days.fullPeriodContaining(day);
            if (period.isPresent()) {
                full = full == null ? period.get() : full;
                notBefore = LocalDays.later(notBefore, LocalDays.startOf(days.firstDayWithRoom(day), zone));
            }
        }
        if (full == null) {
            return List.of();
        }
        return List.of(violation(jurisdiction.name() + ": " + full.count() + " " + limit.description()
                + " already in the " + limit.days() + "-day period starting " + full.first() + " (at most "
                + limit.max() + ")", notBefore));
    }

    private boolean inScope(String destination, ContactPreferences prefs) {
        return limit.destinations() == DestinationScope.ALL
                || (limit.destinations() == DestinationScope.WORKPLACE) == prefs.isWorkplace(destination);
    }
}
