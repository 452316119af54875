package org.arrears.platform.inbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The ids of events this service has applied. Recording one in the effect's transaction makes a consumer idempotent. */
@ApplicationScoped
public class Inbox {

    private static final String RECORD = "INSERT INTO inbox_event (event_id, event_type, topic) VALUES (?, ?, ?) "
            + "ON CONFLICT (event_id) DO NOTHING";

    private final DataSource dataSource;

    public Inbox(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Records the event; false when it was recorded before (a redelivery, to be ignored). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String eventId, String type, String topic) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(RECORD)) {
            ps.setString(1, eventId);
            ps.setString(2, type);
            ps.setString(3, topic);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record event " + eventId + " in the inbox", e);
        }
    }
}
