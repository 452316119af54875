package org.arrears.platform.failure;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;

/**
 * Recognises, anywhere in a cause chain, the failures that are neither the client's fault nor a bug: an outage
 * (the database unreachable), or losing a race that a retry wins.
 */
public final class Failures {

    private Failures() {
    }

    /** The database or another backing service could not be reached; nothing was changed. */
    public static boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLRecoverableException || t instanceof ConnectException
                    || t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
            // 08xxx: connection exception; 57P0x: the server is shutting down or restarting
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }

    /** Optimistic locking lost a race, or PostgreSQL aborted a transaction that may simply be run again. */
    public static boolean isConcurrentModification(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            String name = t.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException")
                    || name.equals("org.hibernate.StaleObjectStateException")
                    || name.equals("org.hibernate.StaleStateException")) {
                return true;
            }
            // 40001 serialization failure, 40P01 deadlock detected
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState())
                    || "40P01".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /** Worth retrying the same work unchanged: an outage, a lost race or a transient database condition. */
    public static boolean isRetryable(Throwable e) {
        if (isOutage(e) || isConcurrentModification(e)) {
            return true;
        }
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLTransientException) {
                return true;
            }
        }
        return false;
    }

    /** A unique constraint refused a row: someone inserted the same natural key first. */
    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
