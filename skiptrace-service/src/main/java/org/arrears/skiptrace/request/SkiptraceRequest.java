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

/** A request to find a way to reach an account's debtor, and why it was needed. */
@Entity
@Table(name = "skiptrace_request")
public class SkiptraceRequest extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkiptraceReason reason;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SkiptraceStatus status;
    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    public static Optional<SkiptraceRequest> openFor(String accountId, SkiptraceReason reason) {
        return find("accountId = ?1 and reason = ?2 and status in ?3", accountId, reason, SkiptraceStatus.OPEN)
                .firstResultOptional();
    }

    public static List<SkiptraceRequest> ofAccount(String accountId) {
        return list("accountId", Sort.by("requestedAt").and("id"), accountId);
    }
}
