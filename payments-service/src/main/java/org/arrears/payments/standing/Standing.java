package org.arrears.payments.standing;

import java.util.Collection;
import java.util.Optional;

import org.arrears.payments.balance.AccountStatus;

/**
 * Whether an account may take a new plan, and if not why. A compliance hold stops collection (the hold event's
 * contract: payments-service refuses new plans while it lasts); a recalled or closed account is no longer the
 * agency's to collect.
 */
public final class Standing {

    private Standing() {
    }

    /** The reason a plan is refused (DISPUTED, CEASED, BANKRUPT, RECALLED, CLOSED, ...), or empty when allowed. */
    public static Optional<String> planRefusal(AccountStatus status, Collection<String> holdTypes) {
        if (status == AccountStatus.RECALLED) {
            return Optional.of("RECALLED");
        }
        if (status == AccountStatus.CLOSED) {
            return Optional.of("CLOSED");
        }
        return holdTypes.stream().sorted().findFirst().map(Standing::reasonOf);
    }

    /** The account's condition a hold type stands for. */
    static String reasonOf(String holdType) {
        return switch (holdType) {
            case "DISPUTE" -> "DISPUTED";
            case "CEASE" -> "CEASED";
            case "BANKRUPTCY" -> "BANKRUPT";
            case "ATTORNEY" -> "ATTORNEY_REPRESENTED";
            case "LITIGATION" -> "IN_LITIGATION";
            case "SCRA" -> "SCRA_REVIEW";
            default -> holdType;
        };
    }
}
