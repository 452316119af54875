package org.arrears.accounts.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the assignment strategy looks at on an account. */
public record AccountFacts(String accountId, String creditorId, BigDecimal totalBalance, LocalDate chargeOffDate,
        String state, String accountType, String segment) {
}
