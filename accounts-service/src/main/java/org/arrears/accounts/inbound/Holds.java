package org.arrears.accounts.inbound;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountLifecycle;
import org.arrears.accounts.account.AccountStatus;

import io.quarkus.hibernate.orm.panache.Panache;

/**
 * Compliance holds in force on an account ({@code account_hold}) and the status they impose: DISPUTED while a
 * DISPUTE hold lasts, HOLD for any other; when the last one is lifted the account returns to the status it had
 * before the first. Closed accounts keep their status: a hold on them changes nothing but the record.
 */
@ApplicationScoped
class Holds {

    static final String DISPUTE = "DISPUTE";

    private final AccountLifecycle lifecycle;

    Holds(AccountLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    void place(Account a, String holdId, String type, Instant placedAt) {
        Panache.getEntityManager().createNativeQuery("INSERT INTO account_hold (account_id, hold_id, hold_type, "
                + "placed_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
                .setParameter(1, a.id).setParameter(2, holdId).setParameter(3, type)
                .setParameter(4, placedAt == null ? Instant.now() : placedAt).executeUpdate();
        follow(a, "COMPLIANCE_HOLD");
    }

    void lift(Account a, String holdId) {
        Panache.getEntityManager().createNativeQuery("DELETE FROM account_hold WHERE account_id = ?1 AND hold_id = ?2")
                .setParameter(1, a.id).setParameter(2, holdId).executeUpdate();
        follow(a, "COMPLIANCE_HOLD_LIFTED");
    }

    private void follow(Account a, String reason) {
        if (a.status.isClosed()) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<String> types = Panache.getEntityManager()
                .createNativeQuery("SELECT hold_type FROM account_hold WHERE account_id = ?1")
                .setParameter(1, a.id).getResultList();
        if (types.isEmpty()) {
            if (a.status.isHeld()) {
                AccountStatus back = a.statusBeforeHold == null ? AccountStatus.ASSIGNED : a.statusBeforeHold;
                a.statusBeforeHold = null;
                lifecycle.move(a, back, reason);
            }
            return;
        }
        AccountStatus target = types.contains(DISPUTE) ? AccountStatus.DISPUTED : AccountStatus.HOLD;
        if (a.status == target) {
            return;
        }
        if (!a.status.isHeld()) {
            a.statusBeforeHold = a.status;
        }
        lifecycle.move(a, target, reason);
    }
}
