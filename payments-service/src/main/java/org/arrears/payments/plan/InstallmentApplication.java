package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a payment to a plan's installments, oldest unpaid first, each up to what is still owed on it. What is
 * left after the last installment reduces the balance without counting toward the plan.
 */
public final class InstallmentApplication {

    private InstallmentApplication() {
    }

    /** How much of {@code payment} goes to each installment, given what is still owed on each, in order. */
    public static List<BigDecimal> apply(List<BigDecimal> outstanding, BigDecimal payment) {
        List<BigDecimal> takes = new ArrayList<>(outstanding.size());
        BigDecimal left = payment;
        for (BigDecimal owed : outstanding) {
            BigDecimal take = left.min(owed.max(BigDecimal.ZERO));
            takes.add(take);
            left = left.subtract(take);
        }
        return takes;
    }
}
