package org.arrears.contact.workitem;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An account for collectors to work, in the queue the assignment strategy chose. Optimistic locking: an
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
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Version
    public long version;

    public static Optional<WorkItem> ofAccount(String accountId) {
        return find("accountId", accountId).firstResultOptional();
    }
}
