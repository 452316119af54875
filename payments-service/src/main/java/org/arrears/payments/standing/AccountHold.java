package org.arrears.payments.standing;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A compliance hold in force on an account, from ComplianceHoldPlaced until its ComplianceHoldLifted. */
@Entity
@Table(name = "account_hold")
public class AccountHold extends PanacheEntityBase {

    @Id
    @Column(name = "hold_id")
    public String holdId;
    @Column(name = "account_id", nullable = false)
    public String accountId;
    @Column(nullable = false)
    public String type;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    public static List<String> typesOn(String accountId) {
        return AccountHold.<AccountHold>list("accountId", accountId).stream().map(h -> h.type).sorted().toList();
    }
}
