package org.arrears.skiptrace.request;

import java.util.Set;

/** Where a skip-trace request stands; the lookups add the states after PENDING. */
public enum SkiptraceStatus {
    PENDING;

    /** Statuses of a request still being worked; the partial unique index of the migration mirrors it. */
    public static final Set<SkiptraceStatus> OPEN = Set.of(PENDING);
}
