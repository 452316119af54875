package org.arrears.events.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A creditor placed an account. Carries what downstream services need to open their own view of the debt;
 * no national id (only the debtor key, a keyed hash) and no names. Emitted by accounts-service in the
 * placement's transaction; read by payments-service, skiptrace-service and compliance-service.
 * {@code chargeOffDate}, {@code state} and {@code postalCode} may be null (not charged off; no address yet), and
 * {@code debtorKey} when the creditor supplied no national id.
 */
@EventType(value = "org.arrears.account.placed.v1", topic = Topics.ACCOUNT_EVENTS)
public record AccountPlaced(
        String accountId,
        String creditorId,
        String creditorRef,
        String accountType,
        String currency,
        Balances balances,
        LocalDate chargeOffDate,
        LocalDate firstDelinquencyDate,
        String debtorKey,
        String state,
        String postalCode,
        List<Phone> phones,
        List<Email> emails,
        Instant placedAt) implements ArrearsEvent {

    /** Balance buckets; amounts travel as strings ("1250.00"). */
    public record Balances(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal principal,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal interest,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fees,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costs) {
    }

    /** A phone in E.164 with its line type (MOBILE, LANDLINE, UNKNOWN), where it came from and consent. */
    public record Phone(String number, String type, String source, boolean autodialConsent) {
    }

    public record Email(String address, String source) {
    }
}
