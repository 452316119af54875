package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A promise, installment plan or settlement on one account, with its schedule. */
@Entity
@Table(name = "payment_plan")
public class PaymentPlan extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanType type;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanStatus status;
    @Column(nullable = false)
    public String currency;
    @Column(nullable = false)
    public BigDecimal total;
    @Column(name = "settlement_percent")
    public BigDecimal settlementPercent;
    @Column(name = "terms_version", nullable = false)
    public int termsVersion;
    /** Copied from the terms when the plan is made: later terms never move an agreed plan's deadlines. */
    @Column(name = "grace_days", nullable = false)
    public int graceDays;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;
    @Column(name = "ended_at")
    public Instant endedAt;
    @Column(name = "end_reason")
    public String endReason;
    @Column(name = "broken_seq")
    public Integer brokenSeq;
    @Version
    public long version;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("seq")
    public List<Installment> installments = new ArrayList<>();

    public static Optional<PaymentPlan> active(String accountId) {
        return find("accountId = ?1 and status = ?2", accountId, PlanStatus.ACTIVE).firstResultOptional();
    }

    public static List<PaymentPlan> ofAccount(String accountId) {
        return list("accountId = ?1 order by createdAt desc", accountId);
    }

    /** The first installment not yet paid in full, if any. */
    public Optional<Installment> nextDue() {
        return installments.stream().filter(i -> !i.isPaid()).findFirst();
    }

    public boolean allPaid() {
        return installments.stream().allMatch(Installment::isPaid);
    }

    /** The last day contact stays paused for an installment: its due date plus the plan's grace, inclusive. */
    public LocalDate graceEnd(Installment i) {
        return i.dueDate.plusDays(graceDays);
    }

    public BigDecimal paid() {
        return installments.stream().map(i -> i.paid).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public void end(PlanStatus outcome, String reason, Instant at) {
        status = outcome;
        endReason = reason;
        endedAt = at;
    }
}
