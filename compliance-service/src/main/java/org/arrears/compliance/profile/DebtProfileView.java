package org.arrears.compliance.profile;

import java.time.Instant;
import java.time.LocalDate;

/** A debt profile as the API shows it. */
public record DebtProfileView(String accountId, String creditorId, String state, String postalCode,
        LocalDate firstDelinquencyDate, Instant openedAt) {

    static DebtProfileView of(DebtProfile p) {
        return new DebtProfileView(p.accountId, p.creditorId, p.state, p.postalCode, p.firstDelinquencyDate,
                p.openedAt);
    }
}
