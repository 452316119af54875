package org.arrears.contact.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.attempt.AttemptHistory;
import org.arrears.contact.compliance.CheckDecision;
import org.arrears.contact.compliance.CheckRequest;
import org.arrears.contact.compliance.ComplianceGateway;
import org.arrears.contact.compliance.ComplianceUnavailableException;
import org.arrears.contact.contactpoint.ContactPoints;
import org.arrears.contact.contactpoint.Destination;
import org.arrears.contact.contactpoint.DestinationRanking;

/**
 * Finds the best destination compliance allows now: destinations in rank order, each checked with
 * {@code record=false} (planning only; the dialer or agent records the check that precedes the real call),
 * the first ALLOW wins. Shared by the dispatcher and the agents' next-items list.
 */
@ApplicationScoped
public class ContactPlanner {

    static final String CALL = "CALL";

    @Inject
    ContactPoints contactPoints;
    @Inject
    AttemptHistory history;
    @Inject
    ComplianceGateway compliance;

    /**
     * @param byDialer true when a dialer will place the call (autodial is asked for where the line allows it);
     *        false for an agent dialling by hand
     * @throws ComplianceUnavailableException when compliance gives no answer: nothing may be contacted
     */
    public ContactPlan plan(String accountId, Instant now, boolean byDialer) {
        List<Destination> ranked = DestinationRanking.rank(contactPoints.of(accountId),
                history.byDestination(accountId));
        if (ranked.isEmpty()) {
            return new ContactPlan.NoDestination();
        }
        Instant retryAt = null;
        for (Destination d : ranked) {
            boolean autodial = byDialer && DestinationRanking.autodialAllowed(d);
            Optional<CheckDecision> answer = compliance.check(
                    new CheckRequest(accountId, CALL, d.value(), now, autodial, false));
            if (answer.isEmpty()) {
                return new ContactPlan.UnknownToCompliance();
            }
            CheckDecision decision = answer.get();
            if (decision.allowed()) {
                return new ContactPlan.Allowed(d, autodial, decision);
            }
            Instant next = decision.nextEligibleAt();
            if (next != null && (retryAt == null || next.isBefore(retryAt))) {
                retryAt = next;
            }
        }
        return new ContactPlan.Denied(retryAt);
    }
}
