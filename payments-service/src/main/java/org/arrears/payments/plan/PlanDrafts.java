package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.arrears.payments.balance.Balances;
import org.arrears.platform.money.Money;
import org.arrears.platform.problem.Problem.Violation;

/**
 * Turns a plan request into a schedule: checks that the fields present fit the plan's type, that amounts are
 * money in the account's currency, and generates dates and amounts where asked. Terms are checked afterwards
 * by {@link PlanRules}.
 */
public final class PlanDrafts {

    /** A generated schedule is bounded so a typo cannot make a million installments before terms are checked. */
    static final int MAX_COUNT = 360;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private PlanDrafts() {
    }

    /** The draft, or the violations that stop it. */
    public record Result(PlanDraft draft, List<Violation> violations) {
    }

    public static Result build(PlanRequest r, Balances balance) {
        List<Violation> v = new ArrayList<>();
        String currency = balance.currency();
        PlanDraft draft = switch (r.type()) {
            case PROMISE -> promise(r, currency, v);
            case INSTALLMENT -> installment(r, currency, v);
            case SETTLEMENT -> settlement(r, balance, v);
        };
        return new Result(v.isEmpty() ? draft : null, v);
    }

    private static PlanDraft promise(PlanRequest r, String currency, List<Violation> v) {
        forbid(v, r, "schedule", "installmentAmount", "count", "frequency", "firstDueDate", "settlementPercent",
                "settlementAmount");
        Money amount = money(v, "amount", r.amount(), currency);
        required(v, "dueDate", r.dueDate());
        if (!v.isEmpty()) {
            return null;
        }
        List<ScheduledInstallment> s = List.of(new ScheduledInstallment(1, r.dueDate(), amount));
        return new PlanDraft(PlanType.PROMISE, s, amount, null, "dueDate", "amount", "dueDate");
    }

    private static PlanDraft installment(PlanRequest r, String currency, List<Violation> v) {
        forbid(v, r, "amount", "dueDate", "settlementPercent", "settlementAmount");
        if (r.schedule() != null) {
            forbid(v, r, "installmentAmount", "count", "frequency", "firstDueDate");
            List<ScheduledInstallment> s = explicit(r, currency, v);
            return v.isEmpty() ? new PlanDraft(PlanType.INSTALLMENT, s, Schedules.total(s, currency), null,
                    "schedule", "schedule", "schedule") : null;
        }
        Money each = money(v, "installmentAmount", r.installmentAmount(), currency);
        List<LocalDate> dates = generatedDates(r, v);
        if (!v.isEmpty()) {
            return null;
        }
        List<ScheduledInstallment> s = Schedules.repeat(each, dates);
        return new PlanDraft(PlanType.INSTALLMENT, s, Schedules.total(s, currency), null, "firstDueDate",
                "installmentAmount", "count");
    }

    private static PlanDraft settlement(PlanRequest r, Balances balance, List<Violation> v) {
        String currency = balance.currency();
        forbid(v, r, "amount", "installmentAmount");
        Money total = null;
        BigDecimal percent = null;
        if ((r.settlementPercent() == null) == (r.settlementAmount() == null)) {
            v.add(new Violation("settlementPercent", "give exactly one of settlementPercent and settlementAmount"));
        } else if (r.settlementAmount() != null) {
            total = money(v, "settlementAmount", r.settlementAmount(), currency);
        } else if (r.settlementPercent().signum() <= 0 || r.settlementPercent().compareTo(HUNDRED) > 0) {
            v.add(new Violation("settlementPercent", "must be more than 0 and at most 100"));
        } else if (r.settlementPercent().stripTrailingZeros().scale() > 4) {
            v.add(new Violation("settlementPercent", "must have at most 4 decimal places"));
        } else {
            percent = r.settlementPercent();
            total = percentOf(balance.total(), percent);
            if (total.isZero()) {
                v.add(new Violation("settlementPercent", "gives nothing to pay on this balance"));
            }
        }
        int shapes = (r.dueDate() != null ? 1 : 0) + (r.schedule() != null ? 1 : 0)
                + (r.count() != null || r.frequency() != null || r.firstDueDate() != null ? 1 : 0);
        if (shapes != 1) {
            v.add(new Violation("dueDate", "give dueDate (one payment), schedule, or count, frequency and firstDueDate"));
            return null;
        }
        if (r.dueDate() != null) {
            if (!v.isEmpty()) {
                return null;
            }
            return new PlanDraft(PlanType.SETTLEMENT, List.of(new ScheduledInstallment(1, r.dueDate(), total)), total,
                    percent, "dueDate", "settlementAmount", "dueDate");
        }
        if (r.schedule() != null) {
            List<ScheduledInstallment> s = explicit(r, currency, v);
            if (!v.isEmpty()) {
                return null;
            }
            Money sum = Schedules.total(s, currency);
            if (sum.amount().compareTo(total.amount()) != 0) {
                v.add(new Violation("schedule", "adds up to " + sum.amount().toPlainString()
                        + " but the settlement is " + total.amount().toPlainString()));
                return null;
            }
            return new PlanDraft(PlanType.SETTLEMENT, s, total, percent, "schedule", "schedule", "schedule");
        }
        List<LocalDate> dates = generatedDates(r, v);
        if (!v.isEmpty()) {
            return null;
        }
        if (total.amount().compareTo(BigDecimal.ONE.movePointLeft(total.amount().scale())
                .multiply(BigDecimal.valueOf(dates.size()))) < 0) {
            v.add(new Violation("count", "the settlement is too small to split into " + dates.size() + " payments"));
            return null;
        }
        return new PlanDraft(PlanType.SETTLEMENT, Schedules.split(total, dates), total, percent, "firstDueDate",
                "settlementAmount", "count");
    }

    /**
     * {@code percent} of the balance, rounded up to the minor unit: rounding down could put a settlement a
     * fraction of a cent under the creditor's floor.
     */
    public static Money percentOf(Money balance, BigDecimal percent) {
        BigDecimal exact = balance.amount().multiply(percent).divide(HUNDRED);
        return new Money(exact.setScale(balance.amount().scale(), RoundingMode.CEILING), balance.currency());
    }

    private static List<ScheduledInstallment> explicit(PlanRequest r, String currency, List<Violation> v) {
        if (r.schedule().isEmpty()) {
            v.add(new Violation("schedule", "must have at least one installment"));
            return List.of();
        }
        if (r.schedule().size() > MAX_COUNT) {
            v.add(new Violation("schedule", "must have at most " + MAX_COUNT + " installments"));
            return List.of();
        }
        List<LocalDate> dates = new ArrayList<>();
        List<Money> amounts = new ArrayList<>();
        for (int i = 0; i < r.schedule().size(); i++) {
            PlanRequest.Due d = r.schedule().get(i);
            dates.add(d.dueDate());
            amounts.add(money(v, "schedule[" + i + "].amount", d.amount(), currency));
        }
        return v.isEmpty() ? Schedules.explicit(dates, amounts) : List.of();
    }

    private static List<LocalDate> generatedDates(PlanRequest r, List<Violation> v) {
        required(v, "firstDueDate", r.firstDueDate());
        required(v, "frequency", r.frequency());
        if (r.count() == null) {
            v.add(new Violation("count", "must not be null"));
        } else if (r.count() < 1 || r.count() > MAX_COUNT) {
            v.add(new Violation("count", "must be between 1 and " + MAX_COUNT));
        }
        return v.isEmpty() ? Schedules.dueDates(r.firstDueDate(), r.count(), r.frequency()) : List.of();
    }

    private static Money money(List<Violation> v, String field, BigDecimal amount, String currency) {
        if (amount == null) {
            v.add(new Violation(field, "must not be null"));
            return null;
        }
        if (amount.signum() <= 0) {
            v.add(new Violation(field, "must be more than 0"));
            return null;
        }
        try {
            return new Money(amount, currency);
        } catch (IllegalArgumentException e) {
            v.add(new Violation(field, e.getMessage()));
            return null;
        }
    }

    private static void required(List<Violation> v, String field, Object value) {
        if (value == null) {
            v.add(new Violation(field, "must not be null"));
        }
    }

    private static void forbid(List<Violation> v, PlanRequest r, String... fields) {
        Map<String, Object> present = new LinkedHashMap<>();
        present.put("amount", r.amount());
        present.put("dueDate", r.dueDate());
        present.put("schedule", r.schedule());
        present.put("installmentAmount", r.installmentAmount());
        present.put("count", r.count());
        present.put("frequency", r.frequency());
        present.put("firstDueDate", r.firstDueDate());
        present.put("settlementPercent", r.settlementPercent());
        present.put("settlementAmount", r.settlementAmount());
        for (String f : fields) {
            if (present.get(f) != null) {
                v.add(new Violation(f, "does not apply to a " + r.type() + " plan in this form"));
            }
        }
    }
}
