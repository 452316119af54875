package org.arrears.events.payment;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * Every installment of a plan was paid in full. Emitted by payments-service after the PaymentPosted that
 * paid the last one; the plan is over. accounts-service leaves PROMISED and, for a SETTLEMENT, waives the
 * rest of the balance and closes the account as SETTLED; contact-service ends the pause. {@code type} is
 * PROMISE, INSTALLMENT or SETTLEMENT.
 */
@EventType(value = "org.arrears.payment.promise-kept.v1", topic = Topics.PAYMENT_EVENTS)
public record PromiseKept(
        String accountId,
        String creditorId,
        String planId,
        String type,
        Instant keptAt) implements ArrearsEvent {
}
