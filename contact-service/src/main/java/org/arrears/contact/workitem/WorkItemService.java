package org.arrears.contact.workitem;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountAssigned;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Applies the events of an account's life to its work item. Every method is MANDATORY: the change must commit
 * together with the inbox record of the event that caused it, so a redelivery changes nothing.
 */
@ApplicationScoped
public class WorkItemService {

    @Inject
    Clock clock;
    @Inject
    AccountHolds holds;
    /** How far a broken promise moves the item up (priorities run 0..1000, lower first). */
    @ConfigProperty(name = "arrears.contact.broken-promise.priority-bump", defaultValue = "100")
    int brokenPromiseBump;

    /**
     * Opens a work item in the assigned queue unless the account has one: one item per account, so the debtor
     * is never worked by two collectors at once. Holds that arrived before the assignment suspend it at once.
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
        Instant now = Instant.now(clock);
        WorkItem item = new WorkItem();
        item.id = UUID.randomUUID();
        item.accountId = assigned.accountId();
        item.creditorId = assigned.creditorId();
        item.queue = assigned.queue();
        item.createdAt = now;
        item.apply(WorkItemState.opened(assigned.priority(), holds.inForce(assigned.accountId())), now);
        item.persist();
        return Optional.of(item);
    }

    /** PaymentPromised: pause until the promise's date plus grace. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> promised(String accountId, LocalDate pauseUntil) {
        return change(accountId, s -> s.promised(pauseUntil));
    }

    /** PromiseKept or PaymentPlanCancelled: the pause ends. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> pauseEnded(String accountId) {
        return change(accountId, WorkItemState::pauseEnded);
    }

    /** PromiseBroken: active again, higher in the queue. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> promiseBroken(String accountId) {
        return change(accountId, s -> s.promiseBroken(brokenPromiseBump));
    }

    /** ComplianceHoldPlaced: suspended at once, whatever it was doing; the hold is kept even without an item. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> holdPlaced(String accountId, String holdId, String type, Instant placedAt) {
        holds.place(accountId, holdId, type, placedAt);
        int inForce = holds.inForce(accountId);
        return change(accountId, s -> s.withHolds(inForce));
    }

    /** ComplianceHoldLifted: resumes only when no other hold is still in force. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> holdLifted(String accountId, String holdId) {
        holds.lift(accountId, holdId);
        int inForce = holds.inForce(accountId);
        return change(accountId, s -> s.withHolds(inForce));
    }

    /** AccountRecalled or AccountClosed: the item ends for good. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<WorkItem> end(String accountId, String reason) {
        Optional<WorkItem> item = change(accountId, WorkItemState::end);
        item.filter(i -> i.endedReason == null).ifPresent(i -> i.endedReason = reason);
        return item;
    }

    private Optional<WorkItem> change(String accountId, UnaryOperator<WorkItemState> transition) {
        Optional<WorkItem> found = WorkItem.ofAccountForUpdate(accountId);
        found.ifPresent(item -> item.apply(transition.apply(item.state(holds.inForce(accountId))),
                Instant.now(clock)));
        return found;
    }
}
