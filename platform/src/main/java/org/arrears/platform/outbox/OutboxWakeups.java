package org.arrears.platform.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.postgresql.PGConnection;

import io.quarkus.logging.Log;

/**
 * A dedicated connection LISTENing for the outbox trigger's NOTIFY, so the relay wakes up as soon as a
 * transaction with events commits instead of waiting for its next poll.
 */
final class OutboxWakeups implements AutoCloseable {

    static final String CHANNEL = "arrears_outbox";

    private final String url;
    private final String user;
    private final String password;
    private Connection connection;

    OutboxWakeups(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Returns when a notification arrives or after {@code timeout}, whichever comes first. */
    void await(Duration timeout) throws InterruptedException {
        long millis = Math.max(1, timeout.toMillis());
        try {
            PGConnection pg = listening();
            pg.getNotifications((int) millis);
        } catch (SQLException e) {
            Log.debugf("outbox listener lost (%s); polling until it is back", e.getMessage());
            close();
            Thread.sleep(millis);
        }
    }

    private PGConnection listening() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = DriverManager.getConnection(url, user, password);
            try (Statement st = connection.createStatement()) {
                st.execute("LISTEN " + CHANNEL);
            }
        }
        return connection.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already broken: nothing to release
            }
            connection = null;
        }
    }
}
