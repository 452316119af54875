package org.arrears.compliance.rules;

import java.time.Instant;

/**
 * A consent the person gave, for one destination or (destination null) for all, from {@code grantedAt} until
 * {@code revokedAt} (null while in force). {@code written} records whether it was given in writing.
 */
public record Consent(ConsentType type, String destination, Instant grantedAt, Instant revokedAt, boolean written) {

    public boolean inForceAt(Instant t) {
        return !grantedAt.isAfter(t) && (revokedAt == null || t.isBefore(revokedAt));
    }

    public boolean covers(String dest) {
        return destination == null || destination.equalsIgnoreCase(dest);
    }
}
