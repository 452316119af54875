package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One due amount of a plan and how much of it has been paid. */
@Entity
@Table(name = "plan_installment")
public class Installment extends PanacheEntityBase {

    @Id
    public UUID id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public PaymentPlan plan;
    @Column(nullable = false)
    public int seq;
    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(nullable = false)
    public BigDecimal paid;
    @Version
    public long version;

    public BigDecimal outstanding() {
        return amount.subtract(paid);
    }

    public boolean isPaid() {
        return paid.compareTo(amount) >= 0;
    }
}
