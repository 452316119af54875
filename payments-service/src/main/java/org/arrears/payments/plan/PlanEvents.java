package org.arrears.payments.plan;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.Currency;

import org.arrears.events.payment.PaymentPlanCancelled;
import org.arrears.events.payment.PaymentPlanCreated;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.events.payment.PromiseBroken;
import org.arrears.events.payment.PromiseKept;

/** The events of a plan's life, built from the stored plan so they say exactly what was committed. */
public final class PlanEvents {

    private PlanEvents() {
    }

    public static PaymentPlanCreated created(PaymentPlan p) {
        return new PaymentPlanCreated(p.accountId, p.creditorId, p.id.toString(), p.type.name(), p.currency,
                money(p, p.total), p.installments.stream().map(i -> new PaymentPlanCreated.Installment(i.seq,
                        i.dueDate, money(p, i.amount))).toList(), p.termsVersion, p.createdAt);
    }

    /** The promise of the plan's next unpaid installment. */
    public static PaymentPromised promised(PaymentPlan p, Installment next, Instant at) {
        return new PaymentPromised(p.accountId, p.creditorId, p.id.toString(), p.type.name(), p.currency,
                next.dueDate, money(p, next.outstanding()), money(p, p.total), p.graceEnd(next), at);
    }

    public static PromiseKept kept(PaymentPlan p, Instant at) {
        return new PromiseKept(p.accountId, p.creditorId, p.id.toString(), p.type.name(), at);
    }

    public static PromiseBroken broken(PaymentPlan p, Installment missed, Instant at) {
        return new PromiseBroken(p.accountId, p.creditorId, p.id.toString(), p.type.name(), missed.seq,
                missed.dueDate, money(p, missed.outstanding()), p.currency, at);
    }

    public static PaymentPlanCancelled cancelled(PaymentPlan p, String reason, Instant at) {
        return new PaymentPlanCancelled(p.accountId, p.creditorId, p.id.toString(), reason, at);
    }

    private static java.math.BigDecimal money(PaymentPlan p, java.math.BigDecimal amount) {
        return amount.setScale(Currency.getInstance(p.currency).getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }
}
