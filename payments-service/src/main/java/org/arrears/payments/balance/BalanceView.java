package org.arrears.payments.balance;

import java.math.BigDecimal;
import java.util.List;

import org.arrears.payments.standing.AccountFlag;
import org.arrears.payments.standing.AccountHold;

/**
 * An account's balance as the API shows it; amounts are strings at the currency's minor unit ("1250.00").
 * {@code status}, {@code holds} and {@code flags} say whether the account may take plans (holds are compliance
 * hold types in force) and what reversals raised on it (e.g. ACH_AUTHORIZATION_REVOKED).
 */
public record BalanceView(String accountId, String currency, Buckets balances, BigDecimal total, AccountStatus status,
        List<String> holds, List<String> flags) {

    public record Buckets(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
    }

    static BalanceView of(AccountBalance balance) {
        Balances b = balance.balances();
        return new BalanceView(balance.accountId, b.currency(), new Buckets(b.principal().amount(),
                b.interest().amount(), b.fees().amount(), b.costs().amount()), b.total().amount(), balance.status,
                AccountHold.typesOn(balance.accountId), AccountFlag.on(balance.accountId));
    }
}
