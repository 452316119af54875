package org.arrears.events.payment;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A plan ended before it was kept or broken: the debtor or an agent cancelled it, a new plan replaced it, or
 * the account was recalled, closed or put on a compliance hold. Emitted by payments-service; accounts-service
 * leaves PROMISED (unless a new plan follows) and contact-service ends the pause. {@code reason} is one of
 * DEBTOR_REQUEST, REPLACED, ENTERED_IN_ERROR, ACCOUNT_RECALLED, ACCOUNT_CLOSED, COMPLIANCE_HOLD.
 */
@EventType(value = "org.arrears.payment.plan-cancelled.v1", topic = Topics.PAYMENT_EVENTS)
public record PaymentPlanCancelled(
        String accountId,
        String creditorId,
        String planId,
        String reason,
        Instant cancelledAt) implements ArrearsEvent {
}
