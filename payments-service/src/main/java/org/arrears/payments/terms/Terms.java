package org.arrears.payments.terms;

import java.math.BigDecimal;
import java.time.Instant;

import org.arrears.payments.balance.AllocationOrder;

/**
 * One version of a creditor's terms: the authority the creditor gave the agency for plans and settlements, the
 * agency's fee, and how payments are allocated. Plans record the version they were checked against.
 *
 * @param minFirstPayment in the account's currency, compared by value
 * @param maxDaysToFirstDue the latest first due date, as days after the day the plan is made
 * @param graceDays days after a due date before an unpaid installment breaks the promise
 */
public record Terms(String creditorId, int version, BigDecimal contingencyFeePercent, RemitMode remitMode,
        BigDecimal minSettlementPercent, int maxInstallments, BigDecimal minFirstPayment, int maxDaysToFirstDue,
        int graceDays, AllocationOrder allocationOrder, Instant createdAt) {

    /**
     * What posting a payment uses for a creditor that has no terms yet (version 0): the default allocation order
     * and no fee. Plans are refused instead until terms exist, since the creditor's authority is unknown.
     */
    public static Terms defaultFor(String creditorId) {
        return new Terms(creditorId, 0, BigDecimal.ZERO, RemitMode.NET, new BigDecimal("100"), 1, BigDecimal.ZERO, 0,
                0, AllocationOrder.DEFAULT, Instant.EPOCH);
    }

    /** Same contents, ignoring version and time: a PUT that changes nothing makes no new version. */
    public boolean sameAs(Terms o) {
        return contingencyFeePercent.compareTo(o.contingencyFeePercent) == 0 && remitMode == o.remitMode
                && minSettlementPercent.compareTo(o.minSettlementPercent) == 0 && maxInstallments == o.maxInstallments
                && minFirstPayment.compareTo(o.minFirstPayment) == 0 && maxDaysToFirstDue == o.maxDaysToFirstDue
                && graceDays == o.graceDays && allocationOrder.equals(o.allocationOrder);
    }
}
