package org.arrears.events.payment;

import java.math.BigDecimal;
import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A posted payment came back: an ACH return, a bounced check or a card chargeback. Emitted by
 * payments-service once per payment; accounts-service restores {@code allocation} to the balance buckets
 * (then emits BalanceAdjusted with cause PAYMENT_REVERSED and the payment's id as {@code causeId}).
 * <ul>
 * <li>{@code paymentId}: the PaymentPosted it undoes; {@code amount} and {@code allocation} are that
 * payment's, restored to each bucket.</li>
 * <li>{@code reasonCode}: the NACHA return code R01..R99 (R01 insufficient funds, R07/R10 revoked or
 * disputed, ...) or CHARGEBACK; a returned check carries the matching code (R01 for insufficient funds).</li>
 * <li>{@code representable}: true when the payment may be presented again (R01/R09, at most twice within 30
 * days); a re-presentment that clears posts as a new PaymentPosted with its own {@code paymentId}.</li>
 * </ul>
 * A reversal that leaves an installment unpaid past its grace is followed by a PromiseBroken.
 */
@EventType(value = "org.arrears.payment.reversed.v1", topic = Topics.PAYMENT_EVENTS)
public record PaymentReversed(
        String accountId,
        String creditorId,
        String paymentId,
        String reasonCode,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        PaymentPosted.Allocation allocation,
        boolean representable,
        Instant reversedAt) implements ArrearsEvent {
}
