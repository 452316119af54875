package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.util.List;

import org.arrears.platform.money.Money;

/**
 * A plan's schedule worked out from a request, before it is checked against the creditor's terms. The field
 * names say which request fields a terms violation should point at.
 *
 * @param settlementPercent of the balance, for a SETTLEMENT asked by percent; null otherwise
 */
public record PlanDraft(PlanType type, List<ScheduledInstallment> schedule, Money total, BigDecimal settlementPercent,
        String datesField, String amountsField, String countField) {

    public ScheduledInstallment first() {
        return schedule.get(0);
    }
}
