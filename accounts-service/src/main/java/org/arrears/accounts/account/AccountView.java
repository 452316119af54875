package org.arrears.accounts.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.arrears.platform.money.Money;

/** An account as the API shows it. */
public record AccountView(String id, String creditorId, String creditorRef, String accountType, String currency,
        Balances balances, LocalDate chargeOffDate, LocalDate firstDelinquencyDate, AccountStatus status,
        Instant placedAt) {

    public record Balances(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
    }

    static AccountView of(Account a) {
        return new AccountView(a.id.toString(), a.creditorId, a.creditorRef, a.accountType, a.currency,
                new Balances(money(a.principal, a.currency), money(a.interest, a.currency), money(a.fees, a.currency),
                        money(a.costs, a.currency)),
                a.chargeOffDate, a.firstDelinquencyDate, a.status, a.placedAt);
    }

    /** Stored with four decimals; shown at the currency's own scale ("1250.00", not "1250.0000"). */
    private static BigDecimal money(BigDecimal stored, String currency) {
        return new Money(stored.stripTrailingZeros(), currency).amount();
    }
}
