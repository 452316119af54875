package org.arrears.contact.attempt;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One contact attempt, outbound or inbound, from a dialer, an agent or a vendor. Never changed once written. */
@Entity
@Table(name = "contact_attempt")
public class ContactAttempt extends PanacheEntityBase {

    @Id
    @Column(name = "attempt_id")
    public UUID attemptId;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Column(name = "request_id")
    public UUID requestId;
    /** The dialer's own id for the call: the idempotency key of a disposition. */
    @Column(name = "call_id", unique = true)
    public String callId;
    @Column(name = "check_id")
    public String checkId;
    @Column(nullable = false)
    public String channel;
    public String destination;
    @Column(nullable = false)
    public String direction;
    @Column(nullable = false)
    public String outcome;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "duration_seconds", nullable = false)
    public int durationSeconds;
    public String agent;
    @Column(nullable = false)
    public String source;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    public static Optional<ContactAttempt> byCallId(String callId) {
        return find("callId", callId).firstResultOptional();
    }

    public static List<ContactAttempt> ofAccount(String accountId) {
        return list("accountId = ?1 order by startedAt desc, attemptId", accountId);
    }

    /** Outbound calls since {@code since}: what the dialer is told it has used of the 7-in-7 allowance. */
    public static int outboundCallsSince(String accountId, Instant since) {
        return (int) count("accountId = ?1 and direction = 'OUTBOUND' and channel = 'CALL' and startedAt >= ?2",
                accountId, since);
    }
}
