package org.arrears.contact.dispatch;

import java.time.Instant;

import org.arrears.contact.compliance.CheckDecision;
import org.arrears.contact.contactpoint.Destination;

/** What compliance allows for one work item right now. */
public sealed interface ContactPlan {

    /** Compliance allows contacting {@code destination} now; the decision names the debtor's zones. */
    record Allowed(Destination destination, boolean autodialAllowed, CheckDecision decision) implements ContactPlan {
    }

    /** Every destination was denied; {@code retryAt} is the earliest nextEligibleAt given, or null. */
    record Denied(Instant retryAt) implements ContactPlan {
    }

    /** No usable phone on record. */
    record NoDestination() implements ContactPlan {
    }

    /** compliance-service does not know the account yet (it has not seen the placement). */
    record UnknownToCompliance() implements ContactPlan {
    }
}
