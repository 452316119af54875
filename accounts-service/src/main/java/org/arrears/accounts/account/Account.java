package org.arrears.accounts.account;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A delinquent account a creditor placed with us. Placements insert rows in bulk through
 * {@code PlacementWriter}; every later change goes through this entity, whose version makes concurrent updates
 * fail instead of overwriting each other. {@code debtor} and {@code itemization} are JSON documents
 * ({@code DebtorProfile}, the Reg F itemization) read and written by {@code AccountDocuments}.
 */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(name = "creditor_ref", nullable = false)
    public String creditorRef;
    @Column(name = "original_creditor")
    public String originalCreditor;
    @Column(name = "account_type", nullable = false)
    public String accountType;
    @Column(nullable = false, length = 3)
    public String currency;
    public String segment;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal principal;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal interest;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal fees;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal costs;
    @Column(name = "charge_off_date")
    public LocalDate chargeOffDate;
    @Column(name = "first_delinquency_date")
    public LocalDate firstDelinquencyDate;
    @Column(name = "last_payment_date")
    public LocalDate lastPaymentDate;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String itemization;
    @Column(name = "debtor_key")
    public String debtorKey;
    @Column(name = "national_id_last4", length = 4)
    public String nationalIdLast4;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String debtor;
    @Column(length = 2)
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;
    /** The status to return to when the last compliance hold is lifted. */
    @Enumerated(EnumType.STRING)
    @Column(name = "status_before_hold")
    public AccountStatus statusBeforeHold;
    public String queue;
    public Integer priority;
    @Column(name = "strategy_version")
    public Integer strategyVersion;
    /** The payment plan that put the account in PROMISED; a cancel or break of an older plan changes nothing. */
    @Column(name = "active_plan_id")
    public String activePlanId;
    @Column(name = "closed_reason")
    public String closedReason;
    @Column(name = "placement_id")
    public UUID placementId;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public static Optional<Account> byNaturalKey(String creditorId, String creditorRef) {
        return find("creditorId = ?1 and creditorRef = ?2", creditorId, creditorRef).firstResultOptional();
    }

    public BigDecimal totalBalance() {
        return principal.add(interest).add(fees).add(costs);
    }
}
