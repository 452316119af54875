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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A delinquent account a creditor placed with us. Optimistic locking: concurrent updates never lose one. */
@Entity
@Table(name = "account")
public class Account extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(name = "creditor_ref", nullable = false)
    public String creditorRef;
    @Column(name = "account_type", nullable = false)
    public String accountType;
    @Column(nullable = false, length = 3)
    public String currency;
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
    @Column(length = 2)
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;
    @Version
    public long version;

    public static Optional<Account> byNaturalKey(String creditorId, String creditorRef) {
        return find("creditorId = ?1 and creditorRef = ?2", creditorId, creditorRef).firstResultOptional();
    }
}
