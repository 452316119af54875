package org.arrears.contact.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What the placement (AccountPlaced) told us about the debt; the validation notice is built from it. */
@Entity
@Table(name = "account_facts")
public class AccountFacts extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(name = "creditor_ref")
    public String creditorRef;
    @Column(name = "account_type")
    public String accountType;
    @Column(nullable = false)
    public String currency;
    @Column(nullable = false)
    public BigDecimal principal;
    @Column(nullable = false)
    public BigDecimal interest;
    @Column(nullable = false)
    public BigDecimal fees;
    @Column(nullable = false)
    public BigDecimal costs;
    @Column(name = "charge_off_date")
    public LocalDate chargeOffDate;
    @Column(name = "first_delinquency_date")
    public LocalDate firstDelinquencyDate;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    public static Optional<AccountFacts> of(String accountId) {
        return findByIdOptional(accountId);
    }
}
