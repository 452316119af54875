package org.arrears.accounts.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An account as the API shows it. */
public record AccountView(String id, String creditorId, String creditorRef, String accountType, String currency,
        Balances balances, LocalDate chargeOffDate, LocalDate firstDelinquencyDate, AccountStatus status,
        Instant placedAt) {

    public record Balances(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
    }

    static AccountView of(Account a) {
        return new AccountView(a.id.toString(), a.creditorId, a.creditorRef, a.accountType, a.currency,
                new Balances(a.principal, a.interest, a.fees, a.costs), a.chargeOffDate, a.firstDelinquencyDate,
                a.status, a.placedAt);
    }
}
