package org.arrears.compliance.hold;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.arrears.compliance.rules.HoldType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A hold on one account: in force from {@code placedAt} until released. */
@Entity
@Table(name = "compliance_hold")
public class ComplianceHold extends PanacheEntityBase {

    @Id
    @Column(name = "hold_id")
    public UUID holdId;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HoldType type;
    public String note;
    @Column(name = "placed_by", nullable = false)
    public String placedBy;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;
    @Column(name = "source_event_id")
    public String sourceEventId;
    @Column(name = "released_at")
    public Instant releasedAt;
    @Column(name = "released_by")
    public String releasedBy;
    @Column(name = "release_reason")
    public String releaseReason;
    @Column(name = "verification_sent")
    public Boolean verificationSent;

    public boolean inForce() {
        return releasedAt == null;
    }

    static Optional<ComplianceHold> inForce(String accountId, HoldType type) {
        return find("accountId = ?1 and type = ?2 and releasedAt is null", accountId, type).firstResultOptional();
    }
}
