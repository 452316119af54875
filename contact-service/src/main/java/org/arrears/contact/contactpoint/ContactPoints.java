package org.arrears.contact.contactpoint;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The debtor's destinations per account: replaced wholesale by each update, marked bad by dispositions. */
@ApplicationScoped
public class ContactPoints {

    @Inject
    EntityManager em;

    /**
     * Replaces the account's destinations with the full current set. A destination a dialer found bad stays
     * bad: the update may come from a source that has not heard yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String accountId, List<Destination> destinations) {
        em.createNativeQuery("DELETE FROM contact_point WHERE account_id = ?1 AND bad_at IS NULL")
                .setParameter(1, accountId).executeUpdate();
        for (Destination d : destinations) {
            em.createNativeQuery("INSERT INTO contact_point (account_id, destination, channel, line_type, source, "
                    + "autodial_consent, confidence, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                    + "ON CONFLICT (account_id, destination) DO UPDATE SET channel = excluded.channel, "
                    + "line_type = excluded.line_type, source = excluded.source, "
                    + "autodial_consent = excluded.autodial_consent, confidence = excluded.confidence, "
                    + "status = excluded.status")
                    .setParameter(1, accountId).setParameter(2, d.value()).setParameter(3, d.channel())
                    .setParameter(4, d.lineType()).setParameter(5, d.source()).setParameter(6, d.autodialConsent())
                    .setParameter(7, d.confidence()).setParameter(8, d.status()).executeUpdate();
        }
    }

    /** True when the account has any destination on record (the placement seeds only an empty set). */
    public boolean known(String accountId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM contact_point WHERE account_id = ?1")
                .setParameter(1, accountId).getSingleResult()).longValue() > 0;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void markBad(String accountId, String destination, Instant at) {
        em.createNativeQuery("UPDATE contact_point SET bad_at = ?3 WHERE account_id = ?1 AND destination = ?2 "
                + "AND bad_at IS NULL").setParameter(1, accountId).setParameter(2, destination).setParameter(3, at)
                .executeUpdate();
    }

    @SuppressWarnings("unchecked")
    public List<Destination> of(String accountId) {
        List<Object[]> rows = em.createNativeQuery("SELECT destination, channel, line_type, source, autodial_consent, "
                + "confidence, status, bad_at IS NOT NULL FROM contact_point WHERE account_id = ?1 ORDER BY destination")
                .setParameter(1, accountId).getResultList();
        return rows.stream().map(r -> new Destination((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (Boolean) r[4], ((Number) r[5]).doubleValue(), (String) r[6], (Boolean) r[7])).toList();
    }
}
