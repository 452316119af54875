package org.arrears.skiptrace.contactpoint;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.arrears.skiptrace.provider.Subject;

/** A placed account and its debtor, from AccountPlaced. */
@Entity
@Table(name = "debtor_account")
public class DebtorAccount extends PanacheEntityBase {

    @Id
    @Column(name = "account_id")
    public String accountId;
    @Column(name = "creditor_id", nullable = false)
    public String creditorId;
    @Column(name = "debtor_key")
    public String debtorKey;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    @Column(name = "placed_at", nullable = false)
    public Instant placedAt;

    public String historyKey() {
        return Subject.historyKey(debtorKey, accountId);
    }

    /** The accounts scrub findings about this history key go to. */
    public static List<String> accountsOf(String historyKey) {
        if (historyKey.startsWith("account:")) {
            return List.of(historyKey.substring("account:".length()));
        }
        return DebtorAccount.<DebtorAccount>list("debtorKey", historyKey).stream().map(a -> a.accountId).toList();
    }
}
