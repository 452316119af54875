package org.arrears.payments.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.payments.PaymentProblems;
import org.arrears.payments.balance.AccountBalance;
import org.arrears.payments.balance.Balances;
import org.arrears.payments.standing.AccountHold;
import org.arrears.payments.standing.Standing;
import org.arrears.payments.terms.Terms;
import org.arrears.payments.terms.TermsService;
import org.arrears.platform.outbox.Outbox;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemException;

/** Makes, reads and cancels plans; every change and its events commit together. */
@ApplicationScoped
public class PlanService {

    static final String WHAT = "Payment plan";

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    TermsService terms;
    @Inject
    PlanOutcomes outcomes;

    /**
     * Checks the request against the account (known, open, no hold, no active plan), the creditor's terms and the
     * balance, then stores the plan and records PaymentPlanCreated and the first PaymentPromised.
     */
    @Transactional
    public PlanView create(PlanRequest request, String by) {
        AccountBalance account = AccountBalance.lock(request.accountId())
                .orElseThrow(() -> ProblemException.notFound("Account", request.accountId()));
        Optional<String> refusal = Standing.planRefusal(account.status, AccountHold.typesOn(account.accountId));
        if (refusal.isPresent()) {
            throw PaymentProblems.planNotAllowed(account.accountId, refusal.get());
        }
        Optional<PaymentPlan> active = PaymentPlan.active(account.accountId);
        if (active.isPresent()) {
            throw PaymentProblems.activePlanExists(account.accountId, active.get().id);
        }
        Terms t = terms.current(account.creditorId).orElseThrow(() -> PaymentProblems.termsMissing(account.creditorId));
        Balances balance = account.balances();
        PlanDrafts.Result result = PlanDrafts.build(request, balance);
        if (!result.violations().isEmpty()) {
            throw ProblemException.invalid(result.violations());
        }
        Instant now = Instant.now(clock);
        List<Problem.Violation> outside = PlanRules.check(result.draft(), t, balance, LocalDate.now(clock));
        if (!outside.isEmpty()) {
            throw PaymentProblems.outsideTerms(outside, t.version());
        }
        PaymentPlan plan = newPlan(account, result.draft(), t, by, now);
        plan.persist();
        outbox.publishAll(List.of(PlanEvents.created(plan),
                PlanEvents.promised(plan, plan.installments.get(0), now)));
        return PlanView.of(plan);
    }

    public Optional<PaymentPlan> find(String id) {
        return parse(id).flatMap(uuid -> PaymentPlan.<PaymentPlan>findByIdOptional(uuid));
    }

    @Transactional
    public Optional<PlanView> view(String id) {
        return find(id).map(PlanView::of);
    }

    @Transactional
    public List<PlanView> ofAccount(String accountId) {
        return PaymentPlan.ofAccount(accountId).stream().map(PlanView::of).toList();
    }

    /** Cancels an active plan; a plan already over is a 409 that names its status. */
    @Transactional
    public PlanView cancel(String id, String reason) {
        PaymentPlan found = find(id).orElseThrow(() -> ProblemException.notFound(WHAT, id));
        // Lock the account as posting does, so a cancel never interleaves with a payment on the same plan.
        AccountBalance.lock(found.accountId);
        PaymentPlan plan = PaymentPlan.findById(found.id);
        // The plan was read before the lock; read it again so a payment committed meanwhile is seen.
        PaymentPlan.getEntityManager().refresh(plan);
        if (plan.status != PlanStatus.ACTIVE) {
            throw PaymentProblems.conflict(PaymentProblems.PLAN_NOT_ACTIVE, "Plan not active",
                    "Plan " + plan.id + " is " + plan.status + " and can no longer be cancelled");
        }
        outcomes.cancel(plan, reason, Instant.now(clock));
        return PlanView.of(plan);
    }

    private static PaymentPlan newPlan(AccountBalance account, PlanDraft d, Terms t, String by, Instant now) {
        PaymentPlan p = new PaymentPlan();
        p.id = UUID.randomUUID();
        p.accountId = account.accountId;
        p.creditorId = account.creditorId;
        p.type = d.type();
        p.status = PlanStatus.ACTIVE;
        p.currency = d.total().currency();
        p.total = d.total().amount();
        p.settlementPercent = d.settlementPercent();
        p.termsVersion = t.version();
        p.graceDays = t.graceDays();
        p.createdAt = now;
        p.createdBy = by;
        for (ScheduledInstallment s : d.schedule()) {
            Installment i = new Installment();
            i.id = UUID.randomUUID();
            i.plan = p;
            i.seq = s.seq();
            i.dueDate = s.dueDate();
            i.amount = s.amount().amount();
            i.paid = java.math.BigDecimal.ZERO;
            p.installments.add(i);
        }
        return p;
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
