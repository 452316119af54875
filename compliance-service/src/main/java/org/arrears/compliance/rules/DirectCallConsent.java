package org.arrears.compliance.rules;

import java.time.Duration;
import java.time.Instant;

/**
 * The exclusion of 1006.14(b)(3): calls placed within {@code days} days after the person's direct prior
 * consent to be called (ConsentType CALLS) are not counted and not limited, unless the consent was revoked first.
 */
final class DirectCallConsent {

    private DirectCallConsent() {
    }

    static boolean excludes(Instant call, ContactPreferences preferences, int days) {
        Duration span = Duration.ofDays(days);
        return preferences.consents().stream().anyMatch(c -> c.type() == ConsentType.CALLS
                && !c.grantedAt().isAfter(call) && call.isBefore(c.grantedAt().plus(span))
                && (c.revokedAt() == null || call.isBefore(c.revokedAt())));
    }
}
