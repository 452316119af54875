package org.arrears.contact.workitem;

/**
 * Where a work item stands. ACTIVE: to be worked. PAUSED: a promise or plan is running (until its date plus
 * grace). SUSPENDED: at least one compliance hold is in force; it beats a pause. ENDED: recalled or closed, for
 * good.
 */
public enum WorkItemStatus {
    ACTIVE,
    PAUSED,
    SUSPENDED,
    ENDED
}
