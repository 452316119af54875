package org.arrears.contact.workitem;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The compliance holds in force per account, as ComplianceHoldPlaced and ComplianceHoldLifted report them. */
@ApplicationScoped
public class AccountHolds {

    @Inject
    EntityManager em;

    /** Records the hold; a repeated placement of the same hold changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(String accountId, String holdId, String type, Instant placedAt) {
        em.createNativeQuery("INSERT INTO account_hold (account_id, hold_id, type, placed_at) VALUES (?1, ?2, ?3, ?4) "
                + "ON CONFLICT DO NOTHING").setParameter(1, accountId).setParameter(2, holdId)
                .setParameter(3, type).setParameter(4, placedAt).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void lift(String accountId, String holdId) {
        em.createNativeQuery("DELETE FROM account_hold WHERE account_id = ?1 AND hold_id = ?2")
                .setParameter(1, accountId).setParameter(2, holdId).executeUpdate();
    }

    public int inForce(String accountId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM account_hold WHERE account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).intValue();
    }
}
