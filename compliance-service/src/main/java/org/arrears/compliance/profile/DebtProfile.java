package org.arrears.compliance.profile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What compliance knows about one debt, opened when the account is placed: where the debtor lives (which
 * jurisdiction's rules apply) and when the debt first went delinquent (the statute of limitations).
 */
@Entity
@Table(name = "debt_profile")
public class DebtProfile extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    @Column(name = "first_delinquency_date")
    public LocalDate firstDelinquencyDate;
    @Column(nullable = false)
    public String currency;
    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;
}
