package org.arrears.payments.remittance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One payment or one reversal in a remittance period. A reversal line carries the payment's amount and fee
 * negated, so a payment and its reversal in one period cancel to the cent.
 *
 * @param kind PAYMENT or REVERSAL
 * @param at when the payment posted, or when it was reversed
 * @param net what this line adds to the remittance: amount − fee when the creditor is remitted NET, amount when GROSS
 */
public record RemittanceLine(String kind, Instant at, UUID paymentId, String accountId, String processorTxnId,
        String method, String reversalCode, String currency, BigDecimal amount, BigDecimal feePercent, BigDecimal fee,
        BigDecimal net) {
}
