package org.arrears.skiptrace.request;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;

/** A request to find a way to reach an account's debtor, why it was needed, and what the lookup found. */
@Entity
@Table(name = "skiptrace_request")
public class SkiptraceRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Column(name = "debtor_key")
    public String debtorKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkiptraceReason reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkiptraceStatus status;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
    /** "event" or the token subject of whoever asked through the API. */
    @Column(name = "requested_by", nullable = false)
    public String requestedBy;
    /** Set by the claim that runs it; a completion from an older claim is ignored. */
    @Column(name = "claim_token")
    public UUID claimToken;
    @Column(name = "claimed_until")
    public Instant claimedUntil;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "completed_at")
    public Instant completedAt;
    /** JSON: each provider's outcome, in waterfall order. */
    public String providers;
    /** JSON: the ranked phones, addresses and emails as published in SkiptraceCompleted. */
    public String result;

    public static Optional<SkiptraceRequest> openFor(String accountId, SkiptraceReason reason) {
        return find("accountId = ?1 and reason = ?2 and status in ?3", accountId, reason, SkiptraceStatus.OPEN)
                .firstResultOptional();
    }

    public static List<SkiptraceRequest> ofAccount(String accountId) {
        return list("accountId", Sort.by("requestedAt").and("id"), accountId);
    }
}
