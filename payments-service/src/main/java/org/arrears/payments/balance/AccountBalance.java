package org.arrears.payments.balance;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What the debtor owes on one account, by bucket, as payments-service keeps it. */
@Entity
@Table(name = "account_balance")
public class AccountBalance extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(nullable = false)
    public String currency;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal principal;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal interest;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal fees;
    @Column(nullable = false, precision = 19, scale = 4)
    public BigDecimal costs;
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AccountStatus status = AccountStatus.OPEN;
    @Column(name = "closed_reason")
    public String closedReason;
    @Version
    public long version;

    public Balances balances() {
        return Balances.of(currency, principal, interest, fees, costs);
    }

    public void set(Balances b, Instant at) {
        principal = b.principal().amount();
        interest = b.interest().amount();
        fees = b.fees().amount();
        costs = b.costs().amount();
        updatedAt = at;
    }

    /**
     * The balance row locked for this transaction: everything that moves an account's money (posting, reversing,
     * making a plan) takes it first, so two of them on one account run one after the other.
     */
    public static java.util.Optional<AccountBalance> lock(String accountId) {
        return java.util.Optional.ofNullable(findById(accountId, LockModeType.PESSIMISTIC_WRITE));
    }
}
