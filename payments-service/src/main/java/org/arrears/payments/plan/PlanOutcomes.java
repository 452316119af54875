package org.arrears.payments.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.payments.balance.AccountBalance;
import org.arrears.platform.outbox.Outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;

/**
 * Ends plans and keeps their promise current. Every path that changes what is paid on a plan (posting,
 * reversal, the broken-promise job) ends here, so a plan is kept, broken or cancelled once, with its event in
 * the same transaction.
 */
@ApplicationScoped
public class PlanOutcomes {

    @Inject
    Outbox outbox;
    @Inject
    MeterRegistry metrics;

    /**
     * After installments were paid or unpaid: a fully paid plan is kept; one whose first unpaid installment is
     * past its grace is broken; otherwise, when the installment now due is another than before, the promise moves
     * to it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void settle(PaymentPlan plan, Optional<Integer> nextSeqBefore, LocalDate today, Instant now) {
        if (plan.status != PlanStatus.ACTIVE) {
            return;
        }
        if (plan.allPaid()) {
            plan.end(PlanStatus.KEPT, "PAID", now);
            outbox.publish(PlanEvents.kept(plan, now));
            count(plan, "KEPT");
            Log.infof("plan %s of account %s kept", plan.id, plan.accountId);
            return;
        }
        Installment next = plan.nextDue().orElseThrow();
        if (breakIfOverdue(plan, today, now)) {
            return;
        }
        if (nextSeqBefore.isEmpty() || nextSeqBefore.get() != next.seq) {
            outbox.publish(PlanEvents.promised(plan, next, now));
        }
    }

    /** Breaks the plan when its first unpaid installment is past due date + grace; true when it did. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean breakIfOverdue(PaymentPlan plan, LocalDate today, Instant now) {
        if (plan.status != PlanStatus.ACTIVE) {
            return false;
        }
        Optional<Installment> next = plan.nextDue();
        if (next.isEmpty() || !today.isAfter(plan.graceEnd(next.get()))) {
            return false;
        }
        Installment missed = next.get();
        plan.end(PlanStatus.BROKEN, "INSTALLMENT_MISSED", now);
        plan.brokenSeq = missed.seq;
        outbox.publish(PlanEvents.broken(plan, missed, now));
        count(plan, "BROKEN");
        Log.infof("plan %s of account %s broken: installment %d due %s unpaid", plan.id, plan.accountId, missed.seq,
                missed.dueDate);
        return true;
    }

    /** Cancels the account's active plan, if any, for {@code reason} (a PaymentPlanCancelled reason). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PaymentPlan> cancelActive(String accountId, String reason, Instant now) {
        // Locked as posting locks it, so a payment landing at the same moment waits and then finds no plan.
        AccountBalance.lock(accountId);
        Optional<PaymentPlan> plan = PaymentPlan.active(accountId);
        plan.ifPresent(p -> cancel(p, reason, now));
        return plan;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(PaymentPlan plan, String reason, Instant now) {
        plan.end(PlanStatus.CANCELLED, reason, now);
        outbox.publish(PlanEvents.cancelled(plan, reason, now));
        count(plan, "CANCELLED");
        Log.infof("plan %s of account %s cancelled: %s", plan.id, plan.accountId, reason);
    }

    /** arrears_payment_plans_ended_total{outcome,type}: how plans end, for ops dashboards. */
    private void count(PaymentPlan plan, String outcome) {
        metrics.counter("arrears.payment.plans.ended", "outcome", outcome, "type", plan.type.name()).increment();
    }
}
