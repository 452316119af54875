package org.arrears.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * An installment was not paid by the end of its grace period (the PaymentPromised's
 * {@code pauseContactUntil}), or a reversal left it unpaid after that. Emitted by payments-service the day
 * after the grace ends; the plan is broken and over (a new arrangement is a new plan). contact-service
 * re-activates the work item at a higher priority; accounts-service leaves PROMISED.
 * <ul>
 * <li>{@code type}: PROMISE, INSTALLMENT or SETTLEMENT.</li>
 * <li>{@code installmentSeq}, {@code dueDate}: the installment missed (the first, if several).</li>
 * <li>{@code amountDue}: what was still unpaid of it.</li>
 * </ul>
 */
@EventType(value = "org.arrears.payment.promise-broken.v1", topic = Topics.PAYMENT_EVENTS)
public record PromiseBroken(
        String accountId,
        String creditorId,
        String planId,
        String type,
        int installmentSeq,
        LocalDate dueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountDue,
        String currency,
        Instant brokenAt) implements ArrearsEvent {
}
