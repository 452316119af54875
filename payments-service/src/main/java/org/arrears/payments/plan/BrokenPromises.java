package org.arrears.payments.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.payments.balance.AccountBalance;
import org.arrears.platform.lock.ClusterLock;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Finds active plans whose first unpaid installment is past due date + grace and breaks them, emitting one
 * PromiseBroken each. It looks at the state, not at what changed since the last run, so a round after downtime
 * catches up on everything missed. Once per round across all replicas: the round runs under a cluster lock, and
 * a plan leaves ACTIVE when broken, so no later round finds it again.
 */
@ApplicationScoped
public class BrokenPromises {

    static final String LOCK = "payments-broken-promises";

    @Inject
    Clock clock;
    @Inject
    ClusterLock lock;
    @Inject
    PlanOutcomes outcomes;

    @Scheduled(identity = "broken-promises", every = "${arrears.payments.broken-promises.every:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        detect();
    }

    /**
     * One round; returns how many plans it broke, or -1 when another replica holds the round. Plans are read in
     * the round's transaction after the lock, and each account's balance row is locked as posting locks it, so a
     * payment arriving at the same moment is either seen here or waits and finds the plan broken.
     */
    @Transactional
    public int detect() {
        if (!lock.tryLock(LOCK)) {
            Log.debug("broken-promise round skipped: another replica holds it");
            return -1;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        // Coarse filter in SQL (an unpaid installment due before today); the grace is applied per plan.
        List<PaymentPlan> candidates = PaymentPlan.list("select distinct p from PaymentPlan p join p.installments i "
                + "where p.status = ?1 and i.paid < i.amount and i.dueDate < ?2", PlanStatus.ACTIVE, today);
        int broken = 0;
        for (PaymentPlan candidate : candidates) {
            AccountBalance.lock(candidate.accountId);
            PaymentPlan.getEntityManager().refresh(candidate);
            if (outcomes.breakIfOverdue(candidate, today, now)) {
                broken++;
            }
        }
        if (broken > 0) {
            Log.infof("broken-promise round: %d plan(s) broken", broken);
        }
        return broken;
    }
}
