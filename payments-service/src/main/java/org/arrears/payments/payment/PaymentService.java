package org.arrears.payments.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.payment.PaymentPosted;
import org.arrears.events.payment.PaymentReversed;
import org.arrears.payments.PaymentProblems;
import org.arrears.payments.balance.AccountBalance;
import org.arrears.payments.balance.Allocation;
import org.arrears.payments.balance.Allocator;
import org.arrears.payments.balance.Balances;
import org.arrears.payments.plan.Installment;
import org.arrears.payments.plan.InstallmentApplication;
import org.arrears.payments.plan.PaymentPlan;
import org.arrears.payments.plan.PlanOutcomes;
import org.arrears.payments.plan.PlanStatus;
import org.arrears.payments.standing.AccountFlag;
import org.arrears.payments.terms.Terms;
import org.arrears.payments.terms.TermsService;
import org.arrears.platform.money.Money;
import org.arrears.platform.outbox.Outbox;
import org.arrears.platform.problem.ProblemException;

import io.quarkus.logging.Log;

/**
 * Posts and reverses payments. Both take the account's balance row lock first, so everything that moves one
 * account's money runs one at a time and a duplicate webhook finds the first one's payment.
 */
@ApplicationScoped
public class PaymentService {

    static final String WHAT = "Payment";
    /** Clock skew a processor's receivedAt may have before it is refused as in the future. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    TermsService terms;
    @Inject
    PlanOutcomes outcomes;

    /**
     * Posts the payment once per processor transaction: allocates it across the buckets in the creditor's order,
     * applies it to the active plan's installments, and records PaymentPosted (then PromiseKept or the next
     * PaymentPromised). A repeat with the same processorTxnId returns the first posting unchanged.
     */
    @Transactional
    public Posting post(PaymentRequest r) {
        Instant now = Instant.now(clock);
        AccountBalance account = AccountBalance.lock(r.accountId())
                .orElseThrow(() -> ProblemException.notFound("Account", r.accountId()));
        Optional<Payment> existing = Payment.byProcessorTxnId(r.processorTxnId());
        if (existing.isPresent()) {
            return new Posting(view(sameAs(existing.get(), r)), false);
        }
        Money amount = amount(r, account);
        if (r.receivedAt().isAfter(now.plus(SKEW))) {
            throw ProblemException.invalid("receivedAt", "must not be in the future");
        }
        UUID chain = r.representmentOf() == null ? null : representable(r, account, amount, now);
        Balances before = account.balances();
        if (amount.amount().compareTo(before.total().amount()) > 0) {
            // Overpayment is refused, not held as credit: nothing here could ever refund or apply a credit.
            throw ProblemException.withExtensions(409, PaymentProblems.PAYMENT_EXCEEDS_BALANCE, "Payment exceeds balance",
                    "Payment of " + amount + " is more than the balance " + before.total() + " of account "
                            + account.accountId,
                    Map.of("balance", before.total().amount().toPlainString()));
        }
        Terms t = terms.forPosting(account.creditorId);
        Allocation allocation = Allocator.allocate(before, amount, t.allocationOrder());
        account.set(before.minus(allocation), now);

        Payment p = newPayment(r, account, amount, allocation, t, chain, now);
        p.persist();
        Optional<PaymentPlan> plan = PaymentPlan.active(account.accountId);
        Optional<Integer> nextBefore = plan.flatMap(PaymentPlan::nextDue).map(i -> i.seq);
        List<Integer> seqs = plan.map(pl -> applyToPlan(pl, p)).orElse(List.of());
        outbox.publish(new PaymentPosted(p.accountId, p.creditorId, p.id.toString(), p.processorTxnId,
                p.method.name(), p.currency, amount.amount(), allocation.toEvent(),
                p.planId == null ? null : p.planId.toString(), seqs, p.receivedAt, p.postedAt));
        plan.ifPresent(pl -> outcomes.settle(pl, nextBefore, LocalDate.now(clock), now));
        Log.infof("payment %s (%s) posted to account %s", p.id, p.processorTxnId, p.accountId);
        return new Posting(PaymentView.of(p, seqs), true);
    }

    /**
     * Reverses a posted payment: restores exactly its allocation to the buckets and exactly what it paid on each
     * installment, records PaymentReversed, and re-judges the plan (a kept plan opens again; an installment now
     * unpaid past its grace breaks it). Repeating the same reversal returns it unchanged.
     */
    @Transactional
    public PaymentView reverse(String paymentId, String reasonCode) {
        ReversalCode code = ReversalCode.parse(reasonCode).orElseThrow(() -> ProblemException.invalid("reasonCode",
                "must be a NACHA return code R01 to R99, or CHARGEBACK"));
        UUID id = parse(paymentId).orElseThrow(() -> ProblemException.notFound(WHAT, paymentId));
        Payment unlocked = Payment.<Payment>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(WHAT, paymentId));
        AccountBalance account = AccountBalance.lock(unlocked.accountId).orElseThrow();
        Payment p = Payment.findById(id);
        Payment.getEntityManager().refresh(p);
        if (p.status == PaymentStatus.REVERSED) {
            if (p.reversalCode.equals(code.code())) {
                return view(p);
            }
            throw PaymentProblems.conflict(PaymentProblems.ALREADY_REVERSED, "Payment already reversed",
                    "Payment " + p.id + " was already reversed with " + p.reversalCode);
        }
        Instant now = Instant.now(clock);
        account.set(account.balances().plus(p.allocation()), now);

        Optional<PaymentPlan> plan = p.planId == null ? Optional.empty() : PaymentPlan.findByIdOptional(p.planId);
        Optional<Integer> nextBefore = plan.flatMap(PaymentPlan::nextDue).map(i -> i.seq);
        for (PaymentApplication a : PaymentApplication.of(p.id)) {
            Installment i = Installment.findById(a.installmentId);
            i.paid = i.paid.subtract(a.amount);
        }
        p.status = PaymentStatus.REVERSED;
        p.reversalCode = code.code();
        p.reversedAt = now;
        UUID root = p.representmentOf != null ? p.representmentOf : p.id;
        Instant firstReturn = root.equals(p.id) ? now : Payment.<Payment>findById(root).reversedAt;
        p.representable = code.representable((int) Payment.representmentsOf(root), firstReturn, now);
        code.accountFlag().ifPresent(flag -> AccountFlag.raise(p.accountId, flag, p.id, now));
        outbox.publish(new PaymentReversed(p.accountId, p.creditorId, p.id.toString(), code.code(), p.currency,
                p.allocation().total().amount(), p.allocation().toEvent(), p.representable, now));
        plan.ifPresent(pl -> {
            if (pl.status == PlanStatus.KEPT && !pl.allPaid() && PaymentPlan.active(pl.accountId).isEmpty()) {
                // The promise was not kept after all: the plan is live again and judged like any other.
                pl.status = PlanStatus.ACTIVE;
                pl.endedAt = null;
                pl.endReason = null;
                outcomes.settle(pl, Optional.empty(), LocalDate.now(clock), now);
            } else {
                outcomes.settle(pl, nextBefore, LocalDate.now(clock), now);
            }
        });
        Log.infof("payment %s of account %s reversed with %s", p.id, p.accountId, code.code());
        return view(p);
    }

    @Transactional
    public Optional<PaymentView> find(String id) {
        return parse(id).flatMap(uuid -> Payment.<Payment>findByIdOptional(uuid)).map(PaymentService::view);
    }

    @Transactional
    public List<PaymentView> ofAccount(String accountId) {
        return Payment.<Payment>list("accountId = ?1 order by postedAt desc", accountId).stream()
                .map(PaymentService::view).toList();
    }

    private List<Integer> applyToPlan(PaymentPlan plan, Payment p) {
        if (!plan.currency.equals(p.currency)) {
            return List.of();
        }
        List<Installment> unpaid = plan.installments.stream().filter(i -> !i.isPaid()).toList();
        List<BigDecimal> takes = InstallmentApplication.apply(unpaid.stream().map(Installment::outstanding).toList(),
                p.amount);
        List<Integer> seqs = new ArrayList<>();
        for (int k = 0; k < unpaid.size(); k++) {
            if (takes.get(k).signum() > 0) {
                Installment i = unpaid.get(k);
                i.paid = i.paid.add(takes.get(k));
                PaymentApplication a = new PaymentApplication();
                a.paymentId = p.id;
                a.installmentId = i.id;
                a.amount = takes.get(k);
                a.persist();
                seqs.add(i.seq);
            }
        }
        if (!seqs.isEmpty()) {
            p.planId = plan.id;
        }
        return seqs;
    }

    /**
     * The chain a re-presentment belongs to (its first payment), if the payment it re-presents was returned with a
     * code that allows it, fewer than twice re-presented, within 30 days of its first return, for the same amount.
     */
    private UUID representable(PaymentRequest r, AccountBalance account, Money amount, Instant now) {
        Payment original = Payment.<Payment>findByIdOptional(r.representmentOf())
                .filter(o -> o.accountId.equals(account.accountId))
                .orElseThrow(() -> refuseRepresentment("payment " + r.representmentOf() + " is not a payment of account "
                        + account.accountId));
        if (original.status != PaymentStatus.REVERSED) {
            throw refuseRepresentment("payment " + original.id + " has not been returned");
        }
        UUID root = original.representmentOf != null ? original.representmentOf : original.id;
        Payment first = Payment.findById(root);
        ReversalCode code = new ReversalCode(original.reversalCode);
        if (!code.representable((int) Payment.representmentsOf(root), first.reversedAt, now)) {
            throw refuseRepresentment("payment " + original.id + " returned with " + original.reversalCode
                    + " may not be presented again (only R01/R09, at most " + ReversalCode.MAX_REPRESENTMENTS
                    + " times within " + ReversalCode.REPRESENTMENT_WINDOW.toDays() + " days of the first return)");
        }
        if (original.amount.compareTo(amount.amount()) != 0) {
            throw ProblemException.invalid("amount", "a re-presentment must be for the returned amount "
                    + amount(original));
        }
        return root;
    }

    private static ProblemException refuseRepresentment(String detail) {
        return PaymentProblems.conflict(PaymentProblems.REPRESENTMENT_NOT_ALLOWED, "Re-presentment not allowed", detail);
    }

    private static Money amount(PaymentRequest r, AccountBalance account) {
        if (!r.currency().equals(account.currency)) {
            throw ProblemException.invalid("currency", "must be the account's currency " + account.currency);
        }
        if (r.amount().signum() <= 0) {
            throw ProblemException.invalid("amount", "must be more than 0");
        }
        try {
            return new Money(r.amount(), r.currency());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("amount", e.getMessage());
        }
    }

    private static String amount(Payment p) {
        return new Money(p.amount, p.currency).amount().toPlainString();
    }

    /** A repeat of a processor transaction must describe the same payment; anything else is the caller's bug. */
    private static Payment sameAs(Payment p, PaymentRequest r) {
        boolean same = p.accountId.equals(r.accountId()) && p.amount.compareTo(r.amount()) == 0
                && p.currency.equals(r.currency()) && p.method == r.method();
        if (!same) {
            throw ProblemException.of(422, PaymentProblems.PROCESSOR_TXN_REUSED, "Processor transaction reused",
                    "processorTxnId " + r.processorTxnId() + " was already posted as a different payment " + p.id);
        }
        return p;
    }

    private static Payment newPayment(PaymentRequest r, AccountBalance account, Money amount, Allocation a, Terms t,
            UUID chain, Instant now) {
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.accountId = account.accountId;
        p.creditorId = account.creditorId;
        p.processorTxnId = r.processorTxnId();
        p.method = r.method();
        p.currency = amount.currency();
        p.amount = amount.amount();
        p.allocate(a);
        p.feePercent = t.contingencyFeePercent();
        p.termsVersion = t.version();
        p.receivedAt = r.receivedAt();
        p.postedAt = now;
        p.status = PaymentStatus.POSTED;
        p.representmentOf = chain;
        return p;
    }

    static PaymentView view(Payment p) {
        List<Integer> seqs = PaymentApplication.of(p.id).stream()
                .map(a -> Installment.<Installment>findById(a.installmentId).seq).sorted(Comparator.naturalOrder())
                .toList();
        return PaymentView.of(p, seqs);
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
