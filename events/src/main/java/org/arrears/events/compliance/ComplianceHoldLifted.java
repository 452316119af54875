package org.arrears.events.compliance;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A compliance hold no longer applies. Emitted by compliance-service when an officer lifts it or a later event
 * ends it (a dismissed bankruptcy, a scrub saying no longer on active duty). Consumers undo what the
 * ComplianceHoldPlaced with the same {@code holdId} did, unless another hold is still in force on the
 * account: contact-service may resume, accounts-service restores the status, payments-service accepts plans.
 * {@code type} is the hold's (CEASE, ATTORNEY, DISPUTE, BANKRUPTCY, DECEASED, SCRA, LITIGATION);
 * {@code reason} is free text for the audit trail (e.g. "verification sent", "case dismissed"), never
 * personal data; {@code liftedBy} is the officer's user id, or SYSTEM.
 */
@EventType(value = "org.arrears.compliance.hold-lifted.v1", topic = Topics.COMPLIANCE_EVENTS)
public record ComplianceHoldLifted(
        String accountId,
        String holdId,
        String type,
        String reason,
        String liftedBy,
        Instant liftedAt) implements ArrearsEvent {
}
