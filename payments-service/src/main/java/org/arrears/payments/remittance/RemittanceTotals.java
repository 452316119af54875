package org.arrears.payments.remittance;

import java.math.BigDecimal;

/**
 * A period's sums in one currency. {@code collected} = {@code gross} − {@code reversals}; {@code fee} is the
 * contingency fee on what was collected; {@code netToRemit} is {@code collected} − {@code fee} under NET remit and
 * {@code collected} under GROSS, where {@code feeInvoiced} is billed separately.
 */
public record RemittanceTotals(String currency, int payments, int reversalCount, BigDecimal gross, BigDecimal reversals,
        BigDecimal collected, BigDecimal fee, BigDecimal netToRemit, BigDecimal feeInvoiced) {
}
