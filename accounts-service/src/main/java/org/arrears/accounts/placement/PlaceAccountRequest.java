package org.arrears.accounts.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One account as a creditor places it, in JSON (single placement, JSON array, NDJSON) or mapped from a CSV row.
 * Deliberately unannotated: {@link PlacementValidator} checks it the same way for every format, so a bulk row
 * and a single POST get the same field names and messages. Amounts are strings in JSON ("1250.00").
 */
public record PlaceAccountRequest(
        String creditorRef,
        String originalCreditor,
        String accountType,
        String currency,
        String segment,
        Balances balances,
        LocalDate chargeOffDate,
        LocalDate firstDelinquencyDate,
        LocalDate lastPaymentDate,
        List<Itemization> itemization,
        Debtor debtor) {

    public record Balances(BigDecimal principal, BigDecimal interest, BigDecimal fees, BigDecimal costs) {
    }

    /** Reg F itemization (1006.34(c)(2)(vi)): a date and the amount owed on it; at most five. */
    public record Itemization(LocalDate date, String type, BigDecimal amount) {
    }

    /**
     * The debtor. {@code state} and {@code postalCode} are a shorthand for an address known only by its state
     * and ZIP; {@code addresses} take precedence.
     */
    public record Debtor(List<Name> names, LocalDate dateOfBirth, String nationalId, List<Address> addresses,
            List<Phone> phones, List<Email> emails, String state, String postalCode) {

        /** Never prints the national id: records end up in logs through exceptions and debuggers. */
        @Override
        public String toString() {
            return "Debtor[names=" + (names == null ? 0 : names.size()) + ", nationalId="
                    + (nationalId == null ? "none" : "***") + ", state=" + state + "]";
        }
    }

    public record Name(String first, String middle, String last) {
        @Override
        public String toString() {
            return "Name[***]";
        }
    }

    public record Address(String line1, String line2, String city, String state, String postalCode,
            String country) {
        @Override
        public String toString() {
            return "Address[state=" + state + "]";
        }
    }

    /** {@code type}: mobile, landline or unknown; {@code source}: creditor or debtor; {@code consent}: TCPA. */
    public record Phone(String number, String type, String source, Boolean consent) {
        @Override
        public String toString() {
            return "Phone[type=" + type + "]";
        }
    }

    public record Email(String address, String source) {
        @Override
        public String toString() {
            return "Email[***]";
        }
    }
}
