package org.arrears.contact.workitem;

/** Where a work item stands; pauses, holds and closing arrive with the events that cause them. */
public enum WorkItemStatus {
    ACTIVE
}
