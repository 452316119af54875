package org.arrears.compliance.profile;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * What compliance knows about one debt, opened when the account is placed: where the debtor lives (which
 * jurisdiction's rules apply) and when the debt first went delinquent (the statute of limitations). It grows
 * from later events: the contact points (JSON documents, replaced whole), the validation notice and the dispute
 * flag; the person's preferences are a JSON document replaced whole by PUT.
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
    /** JSON array of {@link org.arrears.compliance.rules.PhonePoint}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String phones = "[]";
    /** JSON array of {@link org.arrears.compliance.rules.EmailPoint}. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String emails = "[]";
    /** JSON array of the addresses as ContactPointsUpdated gave them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String addresses = "[]";
    @Column(nullable = false)
    public boolean disputed;
    @Column(name = "validation_notice_sent_at")
    public Instant validationNoticeSentAt;
    @Column(name = "validation_period_ends")
    public LocalDate validationPeriodEnds;
    /** JSON of {@link org.arrears.compliance.preference.Preferences}; null until first set. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String preferences;
    @Column(name = "preferences_updated_at")
    public Instant preferencesUpdatedAt;
    @Column(name = "preferences_updated_by")
    public String preferencesUpdatedBy;
}
