package org.arrears.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * The debtor is committed to pay the next installment of a plan. Emitted by payments-service right after
 * PaymentPlanCreated, and again each time an installment is paid and a later one becomes the next due, so
 * the pause follows the plan. contact-service pauses the account's work item through
 * {@code pauseContactUntil}; a PromiseBroken, PromiseKept or PaymentPlanCancelled ends the pause earlier.
 * <ul>
 * <li>{@code type}: PROMISE, INSTALLMENT or SETTLEMENT, as in PaymentPlanCreated.</li>
 * <li>{@code nextDueDate}, {@code nextDueAmount}: the installment now due (what is still unpaid of it).</li>
 * <li>{@code total}: the plan's total.</li>
 * <li>{@code pauseContactUntil}: {@code nextDueDate} plus the creditor's grace days, inclusive; the day
 * after it, if the installment is still unpaid, payments-service emits PromiseBroken.</li>
 * </ul>
 */
@EventType(value = "org.arrears.payment.promised.v1", topic = Topics.PAYMENT_EVENTS)
public record PaymentPromised(
        String accountId,
        String creditorId,
        String planId,
        String type,
        String currency,
        LocalDate nextDueDate,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal nextDueAmount,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        LocalDate pauseContactUntil,
        Instant promisedAt) implements ArrearsEvent {
}
