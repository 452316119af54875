package org.arrears.systemtests;

import java.util.UUID;

/** Placement bodies as a creditor system sends them. */
final class Placements {

    private Placements() {
    }

    /** A credit-card debt of 1250.00 USD, debtor in Massachusetts; {@code creditorRef} a fresh UUID. */
    static String creditCard(String creditorRef) {
        return """
                {"creditorRef": "%s", "accountType": "CREDIT_CARD", "currency": "USD",
                 "balances": {"principal": "1250.00", "interest": "0", "fees": "0", "costs": "0"},
                 "firstDelinquencyDate": "2025-09-01", "chargeOffDate": "2026-03-01",
                 "debtor": {"state": "MA", "postalCode": "02134"}}
                """.formatted(creditorRef);
    }

    static String newReference() {
        return UUID.randomUUID().toString();
    }
}
