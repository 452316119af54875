package org.arrears.events.account;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The account's balance changed. Emitted by accounts-service after it applies a posted or reversed payment,
 * a manual adjustment or a judgment. For views that show or quote the balance (agents' screens, creditor
 * reporting); no service depends on it to act today, payments-service keeps its own ledger of payments.
 * {@code balances} are the buckets after the change, {@code change} the signed delta per bucket (negative
 * for a payment), {@code cause} one of PAYMENT_POSTED, PAYMENT_REVERSED, ADJUSTMENT, JUDGMENT, and
 * {@code causeId} the id of the payment, reversal, adjustment or judgment that caused it.
 */
@EventType(value = "org.arrears.account.balance-adjusted.v1", topic = Topics.ACCOUNT_EVENTS)
public record BalanceAdjusted(
        String accountId,
        String creditorId,
        String currency,
        AccountPlaced.Balances balances,
        AccountPlaced.Balances change,
        String cause,
        String causeId,
        Instant adjustedAt) implements ArrearsEvent {
}
