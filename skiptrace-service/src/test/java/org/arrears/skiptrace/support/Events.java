package org.arrears.skiptrace.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.arrears.events.account.AccountPlaced;
import org.arrears.events.contact.ContactAttempted;

/** Upstream events as accounts-service and contact-service would send them. */
public final class Events {

    private Events() {
    }

    public static AccountPlaced placed(String account, String creditor, String debtorKey, String postalCode,
            List<AccountPlaced.Phone> phones) {
        return new AccountPlaced(account, creditor, "REF-" + UUID.randomUUID(), "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(new BigDecimal("250.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                null, LocalDate.parse("2025-09-01"), debtorKey, postalCode == null ? null : "MA", postalCode, phones,
                List.of(), Instant.now());
    }

    public static AccountPlaced.Phone creditorPhone(String number) {
        return new AccountPlaced.Phone(number, "MOBILE", "CREDITOR", true);
    }

    public static ContactAttempted attempted(String account, String destination, String outcome) {
        return new ContactAttempted(account, UUID.randomUUID().toString(), null, null, "CALL", destination,
                "OUTBOUND", outcome, Instant.now(), 30, "agent-7", "DIALER");
    }
}
