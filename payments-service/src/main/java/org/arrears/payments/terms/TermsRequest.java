package org.arrears.payments.terms;

import java.math.BigDecimal;
import java.util.List;

/**
 * A creditor's terms as ops send them. Percentages are decimals ("33.5"); {@code allocationOrder} lists every
 * bucket once (["FEES","COSTS","INTEREST","PRINCIPAL"]) or is ["PRO_RATA"]. TermsRules checks every field.
 */
public record TermsRequest(
        BigDecimal contingencyFeePercent,
        RemitMode remitMode,
        BigDecimal minSettlementPercent,
        Integer maxInstallments,
        BigDecimal minFirstPayment,
        Integer maxDaysToFirstDue,
        Integer graceDays,
        List<String> allocationOrder) {
}
