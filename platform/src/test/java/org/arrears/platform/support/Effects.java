package org.arrears.platform.support;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Reads what the test handler applied. */
@ApplicationScoped
public class Effects {

    @Inject
    DataSource dataSource;

    public int countForEvent(String eventId) {
        return count("SELECT count(*) FROM test_effect WHERE event_id = ?", eventId);
    }

    public int countForAccountPrefix(String prefix) {
        return count("SELECT count(*) FROM test_effect WHERE account_id LIKE ?", prefix + "%");
    }

    public int distinctEventsForAccountPrefix(String prefix) {
        return count("SELECT count(DISTINCT event_id) FROM test_effect WHERE account_id LIKE ?", prefix + "%");
    }

    public int countAccounts(String creditorId) {
        return count("SELECT count(*) FROM test_account WHERE creditor_id = ?", creditorId);
    }

    private int count(String sql, String arg) {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
