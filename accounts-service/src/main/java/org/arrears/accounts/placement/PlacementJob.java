package org.arrears.accounts.placement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One posted portfolio and how far it got. Counters move with each committed batch, in the batch's own
 * transaction, so they always match what is stored.
 */
@Entity
@Table(name = "placement_job")
public class PlacementJob extends PanacheEntityBase {

    public enum Status {
        /** Spooled, waiting for a worker. */
        QUEUED,
        RUNNING,
        /** Every row read; see the counters and the errors. */
        COMPLETED,
        /** Stopped early (unreadable file or database failure); rows committed before stay placed. */
        FAILED
    }

    public enum Reconciliation {
        NO_TRAILER, MATCHED, MISMATCH
    }

    @Id
    public UUID id;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlacementFormat format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "bytes_total")
    public Long bytesTotal;
    @Column(name = "bytes_read", nullable = false)
    public long bytesRead;
    public long received;
    public long accepted;
    public long duplicate;
    public long rejected;
    @Column(name = "principal_received", nullable = false, precision = 21, scale = 4)
    public BigDecimal principalReceived;
    @Column(name = "trailer_count")
    public Long trailerCount;
    @Column(name = "trailer_principal", precision = 21, scale = 4)
    public BigDecimal trailerPrincipal;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reconciliation reconciliation;
    public String failure;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
