package org.arrears.payments.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.arrears.payments.balance.Allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Money received for an account, how it was allocated, and whether it came back. */
@Entity
@Table(name = "payment")
public class Payment extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(name = "processor_txn_id", nullable = false, unique = true)
    public String processorTxnId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentMethod method;
    @Column(nullable = false)
    public String currency;
    @Column(nullable = false)
    public BigDecimal amount;
    @Column(name = "alloc_principal", nullable = false)
    public BigDecimal allocPrincipal;
    @Column(name = "alloc_interest", nullable = false)
    public BigDecimal allocInterest;
    @Column(name = "alloc_fees", nullable = false)
    public BigDecimal allocFees;
    @Column(name = "alloc_costs", nullable = false)
    public BigDecimal allocCosts;
    @Column(name = "plan_id")
    public UUID planId;
    /** The contingency fee in force when the payment posted; remittance charges this, not today's. */
    @Column(name = "fee_percent", nullable = false)
    public BigDecimal feePercent;
    @Column(name = "terms_version", nullable = false)
    public int termsVersion;
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;
    @Column(name = "posted_at", nullable = false)
    public Instant postedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;
    @Column(name = "reversal_code")
    public String reversalCode;
    @Column(name = "reversed_at")
    public Instant reversedAt;
    public Boolean representable;
    /** The first payment of a chain of re-presentments, when this payment re-presents a returned one. */
    @Column(name = "representment_of")
    public UUID representmentOf;
    @Version
    public long version;

    public static Optional<Payment> byProcessorTxnId(String processorTxnId) {
        return find("processorTxnId", processorTxnId).firstResultOptional();
    }

    public static long representmentsOf(UUID original) {
        return count("representmentOf", original);
    }

    public Allocation allocation() {
        return Allocation.of(currency, allocPrincipal, allocInterest, allocFees, allocCosts);
    }

    public void allocate(Allocation a) {
        allocPrincipal = a.principal().amount();
        allocInterest = a.interest().amount();
        allocFees = a.fees().amount();
        allocCosts = a.costs().amount();
    }
}
