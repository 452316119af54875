package org.arrears.contact.workitem;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The work item's state machine, apart from storage so its rules are tested without Quarkus. Every transition
 * returns the next state and is idempotent: applying the same event twice gives the same state. The status is
 * derived, never set by hand: ended beats everything, a hold beats a pause, a pause beats active.
 *
 * @param priority lower is worked first (0..1000, as the assignment strategy sets it)
 * @param pausedUntil the last day of a promise's pause (due date plus grace, inclusive), or null
 * @param holds how many compliance holds are in force on the account
 * @param ended true once the account was recalled or closed
 */
public record WorkItemState(int priority, LocalDate pausedUntil, int holds, boolean ended) {

    public static final int HIGHEST_PRIORITY = 0;

    public WorkItemState {
        if (holds < 0) {
            throw new IllegalArgumentException("holds cannot be negative");
        }
    }

    public static WorkItemState opened(int priority, int holdsInForce) {
        return new WorkItemState(priority, null, holdsInForce, false);
    }

    public WorkItemStatus status() {
        if (ended) {
            return WorkItemStatus.ENDED;
        }
        if (holds > 0) {
            return WorkItemStatus.SUSPENDED;
        }
        return pausedUntil != null ? WorkItemStatus.PAUSED : WorkItemStatus.ACTIVE;
    }

    /**
     * True when collectors or the dialer may work the item on {@code today}: not ended, no hold, and any pause
     * over (the day after {@code pausedUntil}, when a PromiseBroken may still be on its way).
     */
    public boolean contactableOn(LocalDate today) {
        return !ended && holds == 0 && (pausedUntil == null || today.isAfter(pausedUntil));
    }

    /** A promise pauses the item until its date plus grace; a later PaymentPromised moves the date. */
    public WorkItemState promised(LocalDate until) {
        Objects.requireNonNull(until, "a promise pauses until a date");
        return ended ? this : new WorkItemState(priority, until, holds, false);
    }

    /** PromiseKept or PaymentPlanCancelled: the pause ends, the priority stays. */
    public WorkItemState pauseEnded() {
        return ended ? this : new WorkItemState(priority, null, holds, false);
    }

    /**
     * PromiseBroken: the pause ends and the item moves up by {@code bump}, never above the highest priority.
     * Idempotent only through the inbox (each broken promise is one event), as the bump must apply once.
     */
    public WorkItemState promiseBroken(int bump) {
        if (ended) {
            return this;
        }
        return new WorkItemState(Math.max(HIGHEST_PRIORITY, priority - bump), null, holds, false);
    }

    /** The holds now in force, as counted from the account's hold rows after a placement or a lift. */
    public WorkItemState withHolds(int inForce) {
        return ended ? this : new WorkItemState(priority, pausedUntil, inForce, false);
    }

    /** Recall or closure; nothing brings the item back. */
    public WorkItemState end() {
        return new WorkItemState(priority, pausedUntil, holds, true);
    }

    /** A reassignment moves the item's priority (its queue is the caller's concern). */
    public WorkItemState reprioritised(int newPriority) {
        return ended ? this : new WorkItemState(newPriority, pausedUntil, holds, false);
    }
}
