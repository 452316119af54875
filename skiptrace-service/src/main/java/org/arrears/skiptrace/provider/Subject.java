package org.arrears.skiptrace.provider;

/**
 * Who is being traced, as far as this service knows. {@code debtorKey} is the keyed hash of the national id
 * (null when the creditor gave none); {@code state} and {@code postalCode} are the placement's, possibly null.
 * The event contract carries no names or dates of birth, so neither can a subject.
 */
public record Subject(String accountId, String requestId, String debtorKey, String state, String postalCode) {

    /** The key contact points are filed under: the debtor's when known, else the account's alone. */
    public String historyKey() {
        return historyKey(debtorKey, accountId);
    }

    public static String historyKey(String debtorKey, String accountId) {
        return debtorKey != null ? debtorKey : "account:" + accountId;
    }
}
