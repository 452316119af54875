package org.arrears.payments.terms;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.arrears.payments.balance.AllocationOrder;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One stored version of a creditor's terms; versions are never changed, a PUT adds the next one. */
@Entity
@Table(name = "creditor_terms")
@IdClass(CreditorTerms.Key.class)
public class CreditorTerms extends PanacheEntityBase {

    public record Key(String creditorId, int version) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "creditor_id")
    public String creditorId;
    @Id
    public int version;
    @Column(name = "contingency_fee_percent", nullable = false)
    public BigDecimal contingencyFeePercent;
    @Enumerated(EnumType.STRING)
    @Column(name = "remit_mode", nullable = false)
    public RemitMode remitMode;
    @Column(name = "min_settlement_percent", nullable = false)
    public BigDecimal minSettlementPercent;
    @Column(name = "max_installments", nullable = false)
    public int maxInstallments;
    @Column(name = "min_first_payment", nullable = false)
    public BigDecimal minFirstPayment;
    @Column(name = "max_days_to_first_due", nullable = false)
    public int maxDaysToFirstDue;
    @Column(name = "grace_days", nullable = false)
    public int graceDays;
    /** Comma-separated bucket names, or PRO_RATA. */
    @Column(name = "allocation_order", nullable = false)
    public String allocationOrder;
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    public static Optional<CreditorTerms> latest(String creditorId) {
        return find("creditorId = ?1 order by version desc", creditorId).firstResultOptional();
    }

    public static Optional<CreditorTerms> version(String creditorId, int version) {
        return find("creditorId = ?1 and version = ?2", creditorId, version).firstResultOptional();
    }

    static CreditorTerms of(Terms t, String createdBy) {
        CreditorTerms e = new CreditorTerms();
        e.creditorId = t.creditorId();
        e.version = t.version();
        e.contingencyFeePercent = t.contingencyFeePercent();
        e.remitMode = t.remitMode();
        e.minSettlementPercent = t.minSettlementPercent();
        e.maxInstallments = t.maxInstallments();
        e.minFirstPayment = t.minFirstPayment();
        e.maxDaysToFirstDue = t.maxDaysToFirstDue();
        e.graceDays = t.graceDays();
        e.allocationOrder = String.join(",", t.allocationOrder().names());
        e.createdAt = t.createdAt();
        e.createdBy = createdBy;
        return e;
    }

    public Terms toTerms() {
        return new Terms(creditorId, version, contingencyFeePercent, remitMode, minSettlementPercent, maxInstallments,
                minFirstPayment, maxDaysToFirstDue, graceDays,
                AllocationOrder.parse(Arrays.asList(allocationOrder.split(","))).order().orElseThrow(), createdAt);
    }
}
