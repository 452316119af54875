package org.arrears.events.account;

import java.time.Instant;
import java.util.List;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The debtor's contact points changed (a skip trace result, a debtor's update, a number marked wrong or
 * consent revoked). Emitted by accounts-service with the full current set, not a delta, including points no
 * longer usable (status WRONG, REVOKED, REASSIGNED) so consumers can stop using them; read by contact-service
 * (where to reach the debtor) and compliance-service (consent, line type, time zones).
 */
@EventType(value = "org.arrears.account.contact-points-updated.v1", topic = Topics.ACCOUNT_EVENTS)
public record ContactPointsUpdated(
        String accountId,
        String creditorId,
        String debtorKey,
        List<Phone> phones,
        List<Email> emails,
        List<Address> addresses,
        Instant updatedAt) implements ArrearsEvent {

    /**
     * A phone in E.164. {@code type} MOBILE, LANDLINE or UNKNOWN (treat as mobile); {@code source} CREDITOR,
     * DEBTOR or SKIPTRACE; {@code confidence} 0..1; {@code status} ACTIVE, WRONG, REVOKED or REASSIGNED.
     */
    public record Phone(
            String number,
            String type,
            String source,
            boolean autodialConsent,
            double confidence,
            String status) {
    }

    /** An email address, lowercased; source, confidence and status as for {@link Phone}. */
    public record Email(String address, String source, double confidence, String status) {
    }

    /**
     * A postal address in standard form; {@code line2} and {@code state} may be null; {@code country} is
     * ISO 3166-1 alpha-2. Source, confidence and status as for {@link Phone}.
     */
    public record Address(
            String addressId,
            String line1,
            String line2,
            String city,
            String state,
            String postalCode,
            String country,
            String source,
            double confidence,
            String status) {
    }
}
