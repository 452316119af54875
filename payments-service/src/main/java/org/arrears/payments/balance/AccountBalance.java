package org.arrears.payments.balance;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    Balances balances() {
        return Balances.of(currency, principal, interest, fees, costs);
    }
}
