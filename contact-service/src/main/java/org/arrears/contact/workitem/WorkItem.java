package org.arrears.contact.workitem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An account for collectors to work, in the queue the assignment strategy chose. Its status follows
 * {@link WorkItemState}; it is stored so queues can be counted and scanned by status. Optimistic locking: an
 * agent's change and an event's change to the same item never overwrite each other unseen.
 */
@Entity
@Table(name = "work_item")
public class WorkItem extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false, unique = true)
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(nullable = false)
    public String queue;
    @Column(nullable = false)
    public int priority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WorkItemStatus status;
    @Column(name = "paused_until")
    public LocalDate pausedUntil;
    @Column(name = "ended_reason")
    public String endedReason;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    /** Not before this instant may the dispatcher look at the item again (compliance's nextEligibleAt). */
    @Column(name = "next_contact_at")
    public Instant nextContactAt;
    /** The ContactRequested dialers still hold for the item; no second one is sent while it is open. */
    @Column(name = "open_request_id")
    public UUID openRequestId;
    @Column(name = "open_request_until")
    public Instant openRequestUntil;
    @Version
    public long version;

    public static Optional<WorkItem> ofAccount(String accountId) {
        return find("accountId", accountId).firstResultOptional();
    }

    /** The account's item, locked for the rest of the transaction so the dispatcher and events take turns. */
    public static Optional<WorkItem> ofAccountForUpdate(String accountId) {
        return find("accountId", accountId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public WorkItemState state(int holdsInForce) {
        return new WorkItemState(priority, pausedUntil, holdsInForce, status == WorkItemStatus.ENDED);
    }

    public void apply(WorkItemState next, Instant now) {
        priority = next.priority();
        pausedUntil = next.pausedUntil();
        status = next.status();
        updatedAt = now;
        if (status != WorkItemStatus.ACTIVE && status != WorkItemStatus.PAUSED) {
            // A hold or the end withdraws what the dialers were asked to do; a late disposition is still recorded.
            openRequestId = null;
            openRequestUntil = null;
        }
    }
}
