package org.arrears.compliance.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.compliance.hold.HoldView;
import org.arrears.compliance.preference.Preferences;
import org.arrears.compliance.rules.EmailPoint;
import org.arrears.compliance.rules.PhonePoint;

/**
 * A debt profile as the API shows it: where the person is and which rules apply, the validation period and the
 * limitation date, contact points, holds (in force and past), preferences, and the contacts counted in the
 * current periods.
 */
public record DebtProfileView(String accountId, String creditorId, String state, String postalCode,
        LocalDate firstDelinquencyDate, Instant openedAt, List<String> jurisdictions, List<String> timeZones,
        Instant validationNoticeSentAt, LocalDate validationPeriodEnds, LocalDate limitationDate, boolean disputed,
        List<PhonePoint> phones, List<EmailPoint> emails, List<HoldView> holds, Preferences preferences,
        Counts counts, String ruleSetVersion) {

    /**
     * Collector-initiated contacts in the periods ending today in the person's (first candidate) zone:
     * telephone calls in 7 days (the federal limit's count, before consent exclusions), all contacts in 7 and
     * in 30 days (the state limits' periods).
     */
    public record Counts(long callsIn7Days, long contactsIn7Days, long contactsIn30Days) {
    }
}
