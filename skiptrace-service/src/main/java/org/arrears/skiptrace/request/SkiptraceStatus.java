package org.arrears.skiptrace.request;

import java.util.Set;

/** PENDING until a worker claims it, RUNNING while its waterfall runs, COMPLETED with a result. */
public enum SkiptraceStatus {
    PENDING, RUNNING, COMPLETED;

    /** Statuses of a request still being worked; the partial unique index of the migration mirrors it. */
    public static final Set<SkiptraceStatus> OPEN = Set.of(PENDING, RUNNING);
}
