package org.arrears.events.compliance;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A compliance hold now stops collection on the account. Emitted by compliance-service when an officer places
 * it or when it follows from a scrub (DebtorDeceased, BankruptcyFound, MilitaryStatusFound). contact-service
 * suspends the work item and any pending request at once; accounts-service sets the status DISPUTED for a
 * DISPUTE hold and HOLD otherwise; payments-service refuses new plans while it lasts.
 * <ul>
 * <li>{@code holdId}: the hold, echoed by ComplianceHoldLifted.</li>
 * <li>{@code type}: CEASE, ATTORNEY, DISPUTE, BANKRUPTCY, DECEASED, SCRA or LITIGATION.</li>
 * <li>{@code note}: short free text for people, null when none; never personal data (no names, no national
 * ids, no attorney's contact details).</li>
 * <li>{@code placedBy}: the officer's user id, or SYSTEM when compliance-service placed it from an event.</li>
 * </ul>
 */
@EventType(value = "org.arrears.compliance.hold-placed.v1", topic = Topics.COMPLIANCE_EVENTS)
public record ComplianceHoldPlaced(
        String accountId,
        String holdId,
        String type,
        String note,
        String placedBy,
        Instant placedAt) implements ArrearsEvent {
}
