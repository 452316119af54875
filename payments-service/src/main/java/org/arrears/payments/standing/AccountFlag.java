package org.arrears.payments.standing;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A warning a reversal raised on the account, e.g. the debtor revoked the ACH authorization (R07). */
@Entity
@Table(name = "account_flag")
@IdClass(AccountFlag.Key.class)
public class AccountFlag extends PanacheEntityBase {

    public record Key(String accountId, String flag) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "account_id")
    public String accountId;
    @Id
    public String flag;
    @Column(name = "payment_id", nullable = false)
    public UUID paymentId;
    @Column(name = "flagged_at", nullable = false)
    public Instant flaggedAt;

    public static List<String> on(String accountId) {
        return AccountFlag.<AccountFlag>list("accountId", accountId).stream().map(f -> f.flag).sorted().toList();
    }

    /** Raises the flag unless the account already has it (the first reversal that raised it stays on record). */
    public static void raise(String accountId, String flag, UUID paymentId, Instant at) {
        if (findById(new Key(accountId, flag)) == null) {
            AccountFlag f = new AccountFlag();
            f.accountId = accountId;
            f.flag = flag;
            f.paymentId = paymentId;
            f.flaggedAt = at;
            f.persist();
        }
    }
}
