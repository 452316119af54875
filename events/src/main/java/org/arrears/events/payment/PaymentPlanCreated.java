package org.arrears.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A promise to pay, an installment plan or a settlement was agreed. Emitted by payments-service when it
 * stores the arrangement, followed at once by a PaymentPromised for the first installment; accounts-service
 * records it on the account's timeline and moves the account to PROMISED, contact-service notes the plan on
 * the work item.
 * <ul>
 * <li>{@code type}: PROMISE (one installment), INSTALLMENT or SETTLEMENT (the balance beyond {@code total}
 * is waived once the schedule is paid).</li>
 * <li>{@code total}: the sum of the installments' amounts.</li>
 * <li>{@code installments}: the schedule in order of {@code seq}, never empty.</li>
 * <li>{@code termsVersion}: version of the creditor's terms (limits on first payment, start, count, settlement
 * floor) the plan was checked against.</li>
 * </ul>
 */
@EventType(value = "org.arrears.payment.plan-created.v1", topic = Topics.PAYMENT_EVENTS)
public record PaymentPlanCreated(
        String accountId,
        String creditorId,
        String planId,
        String type,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
        List<Installment> installments,
        int termsVersion,
        Instant createdAt) implements ArrearsEvent {

    /** One due amount of the schedule; {@code seq} counts from 1, amounts travel as strings ("150.00"). */
    public record Installment(
            int seq,
            LocalDate dueDate,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount) {
    }
}
