package org.arrears.contact.workitem;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountAssigned;

/** Opens work items from assignments. */
@ApplicationScoped
public class WorkItemService {

    @Inject
    Clock clock;

    /**
     * Opens an ACTIVE work item in the assigned queue unless the account has one: one item per account, so
     * the debtor is never worked by two collectors at once. Moving an item on reassignment comes with the
     * queue rules. MANDATORY because the item must commit together with the inbox record of the event.
     *
     * @return the item opened, or empty when the account already had one
     * @throws IllegalArgumentException for an assignment without a queue
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> open(AccountAssigned assigned) {
        if (assigned.queue() == null || assigned.queue().isBlank()) {
            throw new IllegalArgumentException("AccountAssigned " + assigned.accountId() + " names no queue");
        }
        if (WorkItem.ofAccount(assigned.accountId()).isPresent()) {
            return Optional.empty();
        }
        WorkItem item = new WorkItem();
        item.id = UUID.randomUUID();
        item.accountId = assigned.accountId();
        item.creditorId = assigned.creditorId();
        item.queue = assigned.queue();
        item.priority = assigned.priority();
        item.status = WorkItemStatus.ACTIVE;
        item.createdAt = Instant.now(clock);
        item.persist();
        return Optional.of(item);
    }
}
