package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.arrears.compliance.jurisdiction.FederalBaseline;
import org.arrears.compliance.time.FederalHolidays;

/**
 * The validation notice goes in the initial communication or within 5 days of it, excluding legal public
 * holidays, Saturdays and Sundays (1006.34(a)(1)). Once that deadline passed without a notice, calls and texts
 * stop until the notice (a letter or an email, which stay allowed) has gone out. The initial communication is
 * the first telephone conversation in the ledger.
 */
public final class ValidationNoticeRule implements Rule {

    private final FederalBaseline federal;

    public ValidationNoticeRule(FederalBaseline federal) {
        this.federal = federal;
    }

    @Override
    public String code() {
        return "VALIDATION_NOTICE";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.34(a)(1)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (!check.channel().isPhone() || facts.validationNoticeSentAt() != null) {
            return List.of();
        }
        Instant first = facts.ledger().stream().filter(LedgerEntry::conversation).map(LedgerEntry::at)
                .min(Comparator.naturalOrder()).orElse(null);
        if (first == null) {
            return List.of();
        }
        ZoneId zone = facts.timeZones().get(0);
        LocalDate deadline = FederalHolidays.plusBusinessDays(LocalDays.of(first, zone),
                federal.validationNoticeBusinessDays());
        if (!LocalDays.of(check.at(), zone).isAfter(deadline)) {
            return List.of();
        }
        return List.of(violation("no validation notice was sent by " + deadline
                + ", 5 business days after the initial communication", null));
    }
}
