package org.arrears.testkit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/** Reads a service's inbox in tests: has it applied (or deliberately skipped as a repeat) this event id? */
public final class InboxProbe {

    private InboxProbe() {
    }

    /** How many inbox rows carry {@code eventId}: 1 once applied, however often it was delivered. */
    public static int count(DataSource dataSource, String eventId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM inbox_event WHERE event_id = ?")) {
            ps.setString(1, eventId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the inbox", e);
        }
    }

    public static boolean applied(DataSource dataSource, String eventId) {
        return count(dataSource, eventId) == 1;
    }
}
