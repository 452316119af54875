package org.arrears.payments.balance;

import java.math.BigDecimal;

/** An account's balance as the API shows it; amounts are strings at the currency's minor unit ("1250.00"). */
public record BalanceView(String accountId, String currency, Buckets balances, BigDecimal total) {

    public record Buckets(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
    }

    static BalanceView of(AccountBalance balance) {
        Balances b = balance.balances();
        return new BalanceView(balance.accountId, b.currency(), new Buckets(b.principal().amount(),
                b.interest().amount(), b.fees().amount(), b.costs().amount()), b.total().amount());
    }
}
