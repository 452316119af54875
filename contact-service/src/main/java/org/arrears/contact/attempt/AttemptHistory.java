package org.arrears.contact.attempt;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.arrears.contact.contactpoint.DestinationRanking.History;

/** Past outcomes per destination of an account, for ranking where to try next. */
@ApplicationScoped
public class AttemptHistory {

    private static final List<String> RIGHT_PARTY = Arrays.stream(Outcome.values()).filter(o -> o.rightParty)
            .map(Enum::name).toList();
    private static final List<String> UNANSWERED = List.of(Outcome.NO_ANSWER.name(), Outcome.BUSY.name(),
            Outcome.VOICEMAIL_LIMITED_CONTENT.name());

    @Inject
    EntityManager em;

    @SuppressWarnings("unchecked")
    public Map<String, History> byDestination(String accountId) {
        List<Object[]> rows = em.createNativeQuery("SELECT destination, "
                + "count(*) FILTER (WHERE outcome = ANY (CAST(?2 AS text[]))), "
                + "count(*) FILTER (WHERE outcome = ANY (CAST(?3 AS text[]))) "
                + "FROM contact_attempt WHERE account_id = ?1 AND destination IS NOT NULL GROUP BY destination")
                .setParameter(1, accountId)
                .setParameter(2, "{" + String.join(",", RIGHT_PARTY) + "}")
                .setParameter(3, "{" + String.join(",", UNANSWERED) + "}")
                .getResultList();
        Map<String, History> history = new HashMap<>();
        for (Object[] r : rows) {
            history.put((String) r[0], new History(((Number) r[1]).intValue(), ((Number) r[2]).intValue()));
        }
        return history;
    }
}
