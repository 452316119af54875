package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.arrears.compliance.jurisdiction.FederalBaseline;
import org.arrears.compliance.time.RollingDays;

/**
 * More than 7 calls about one debt within 7 consecutive days is presumed to harass (1006.14(b)(2)(i)(A)). Calls
 * to every number count together, unanswered ones too; calls from the person and calls within 7 days of the
 * person's direct consent do not (1006.14(b)(3)). Days are the person's local calendar days in every candidate
 * zone.
 */
public final class CallFrequencyRule implements Rule {

    private final FederalBaseline federal;

    public CallFrequencyRule(FederalBaseline federal) {
        this.federal = federal;
    }

    @Override
    public String code() {
        return "CALL_FREQUENCY_7_IN_7";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(b)(2)(i)(A)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        ContactPreferences prefs = facts.preferences();
        if (!check.channel().isTelephoneCall() || DirectCallConsent.excludes(check.at(), prefs, federal.consentDays())) {
            return List.of();
        }
        List<Instant> counted = facts.ledger().stream()
                .filter(e -> e.outbound() && e.channel().isTelephoneCall())
                .map(LedgerEntry::at)
                .filter(t -> !DirectCallConsent.excludes(t, prefs, federal.consentDays()))
                .toList();
        Instant notBefore = null;
        RollingDays.Period full = null;
        for (ZoneId zone : facts.timeZones()) {
            RollingDays days = new RollingDays(LocalDays.of(counted, zone), federal.periodDays(),
                    federal.callsPerPeriod());
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
        return List.of(violation(full.count() + " calls already placed in the " + federal.periodDays()
                + "-day period starting " + full.first(), notBefore));
    }
}
