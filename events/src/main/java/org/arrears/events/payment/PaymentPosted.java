package org.arrears.events.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A payment was received and applied to the account. Emitted by payments-service once per processor
 * transaction (posting is idempotent on {@code processorTxnId}); accounts-service lowers the balance buckets
 * by {@code allocation} (then emits BalanceAdjusted, and closes the account when it is paid in full).
 * <ul>
 * <li>{@code method}: ACH, CARD, CHECK, CASH or WIRE.</li>
 * <li>{@code allocation}: how much of {@code amount} went to each bucket, in the creditor's allocation order;
 * the four parts add up to {@code amount}.</li>
 * <li>{@code planId}: the plan the payment counts toward; null when it belongs to none.</li>
 * <li>{@code installmentSeqs}: the installments of that plan it paid (in part or in full); empty when none.</li>
 * <li>{@code receivedAt}: when the processor took the money; {@code postedAt}: when it was applied.</li>
 * </ul>
 */
@EventType(value = "org.arrears.payment.posted.v1", topic = Topics.PAYMENT_EVENTS)
public record PaymentPosted(
        String accountId,
        String creditorId,
        String paymentId,
        String processorTxnId,
        String method,
        String currency,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
        Allocation allocation,
        String planId,
        List<Integer> installmentSeqs,
        Instant receivedAt,
        Instant postedAt) implements ArrearsEvent {

    /** An amount per balance bucket, never negative; amounts travel as strings ("87.35"). */
    public record Allocation(
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal principal,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal interest,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fees,
            @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal costs) {
    }
}
