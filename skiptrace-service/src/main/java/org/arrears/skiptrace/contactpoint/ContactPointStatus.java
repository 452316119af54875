package org.arrears.skiptrace.contactpoint;

import java.util.Set;

/**
 * What we know about a contact point beyond its sources. CONFIRMED by a right-party contact or an agent ranks
 * high; WRONG (wrong number, disconnected, marked by an agent), REVOKED (the debtor withdrew it) and REASSIGNED
 * (the number now belongs to someone else) are never offered again, whoever reports them.
 */
public enum ContactPointStatus {
    ACTIVE, CONFIRMED, WRONG, REVOKED, REASSIGNED;

    public static final Set<ContactPointStatus> EXCLUDED = Set.of(WRONG, REVOKED, REASSIGNED);

    public boolean excluded() {
        return EXCLUDED.contains(this);
    }
}
