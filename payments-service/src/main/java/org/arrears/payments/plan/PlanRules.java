package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.arrears.payments.balance.Balances;
import org.arrears.payments.terms.Terms;
import org.arrears.platform.problem.Problem.Violation;

/**
 * Checks a drafted plan against the creditor's terms and the account's balance: the creditor's authority
 * (settlement floor, number of installments, first payment, start) and the agency's own sanity rules (dates in
 * order and not in the past, never more than is owed).
 */
public final class PlanRules {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PlanRules() {
    }

    public static List<Violation> check(PlanDraft d, Terms terms, Balances balance, LocalDate today) {
        List<Violation> v = new ArrayList<>();
        List<ScheduledInstallment> s = d.schedule();
        if (s.size() > terms.maxInstallments()) {
            v.add(new Violation(d.countField(), "the creditor allows at most " + terms.maxInstallments()
                    + " installments, this plan has " + s.size()));
        }
        ScheduledInstallment first = d.first();
        if (first.dueDate().isBefore(today)) {
            v.add(new Violation(d.datesField(), "the first due date " + first.dueDate() + " is in the past"));
        }
        LocalDate latest = today.plusDays(terms.maxDaysToFirstDue());
        if (first.dueDate().isAfter(latest)) {
            v.add(new Violation(d.datesField(), "the first due date must be on or before " + latest
                    + " (the creditor allows " + terms.maxDaysToFirstDue() + " days)"));
        }
        for (int i = 1; i < s.size(); i++) {
            if (!s.get(i).dueDate().isAfter(s.get(i - 1).dueDate())) {
                v.add(new Violation(d.datesField().equals("schedule") ? "schedule[" + i + "].dueDate" : d.datesField(),
                        "due dates must be in increasing order"));
                break;
            }
        }
        // A plan smaller than the minimum may be paid in one go; otherwise the first payment must reach it.
        BigDecimal minFirst = terms.minFirstPayment().min(d.total().amount());
        if (first.amount().amount().compareTo(minFirst) < 0) {
            v.add(new Violation(d.amountsField().equals("schedule") ? "schedule[0].amount" : d.amountsField(),
                    "the first payment must be at least " + minFirst.toPlainString()));
        }
        BigDecimal owed = balance.total().amount();
        if (d.total().amount().compareTo(owed) > 0) {
            v.add(new Violation(d.amountsField(), "the plan's total " + d.total().amount().toPlainString()
                    + " is more than the balance " + owed.toPlainString()));
        }
        if (d.type() == PlanType.SETTLEMENT
                && d.total().amount().multiply(HUNDRED).compareTo(owed.multiply(terms.minSettlementPercent())) < 0) {
            v.add(new Violation(d.settlementPercent() != null ? "settlementPercent" : "settlementAmount",
                    "the creditor accepts settlements of at least " + terms.minSettlementPercent().stripTrailingZeros()
                            .toPlainString() + "% of the balance " + owed.toPlainString()));
        }
        return v;
    }
}
