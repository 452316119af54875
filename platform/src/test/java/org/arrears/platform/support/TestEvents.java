package org.arrears.platform.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.events.account.AccountPlaced;

/** Builds events for the platform tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static AccountPlaced placed(String accountId, String creditorId, String creditorRef) {
        return new AccountPlaced(accountId, creditorId, creditorRef, "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(new BigDecimal("100.00"), BigDecimal.ZERO.setScale(2),
                        BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2)),
                LocalDate.of(2026, 1, 15), LocalDate.of(2025, 10, 1), "debtor-key", "MA", "02134",
                List.of(), List.of(), Instant.parse("2026-11-23T12:00:00Z"));
    }
}
