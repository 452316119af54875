package org.arrears.accounts.timeline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The account's history: every event this service published or applied for it, written in the transaction of
 * the change itself, so the timeline never shows what did not happen nor misses what did. Rows go in with one
 * statement however many there are (bulk placements write thousands at once).
 */
@ApplicationScoped
public class Timeline {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String CONSUMED = "CONSUMED";

    private static final String INSERT = "INSERT INTO account_timeline "
            + "(account_id, event_id, event_type, direction, occurred_at, detail) "
            + "SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])";

    /** One entry; {@code detail} is JSON without personal data beyond what the event itself carries. */
    public record Entry(UUID accountId, String eventId, String eventType, String direction,
            java.time.Instant occurredAt, String detail) {
    }

    private final DataSource dataSource;

    public Timeline(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        int n = entries.size();
        String[] ids = new String[n], eventIds = new String[n], types = new String[n], directions = new String[n],
                times = new String[n], details = new String[n];
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            ids[i] = e.accountId().toString();
            eventIds[i] = e.eventId();
            types[i] = e.eventType();
            directions[i] = e.direction();
            times[i] = e.occurredAt().toString();
            details[i] = e.detail();
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            Array[] arrays = { c.createArrayOf("text", ids), c.createArrayOf("text", eventIds),
                    c.createArrayOf("text", types), c.createArrayOf("text", directions),
                    c.createArrayOf("text", times), c.createArrayOf("text", details) };
            for (int i = 0; i < arrays.length; i++) {
                ps.setArray(i + 1, arrays[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write the account timeline", e);
        }
    }

    /** Entries of one account in the order they happened, after {@code afterId} (a page cursor). */
    @Transactional
    public List<StoredEntry> of(UUID accountId, long afterId, int limit) {
        List<StoredEntry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, event_id, event_type, direction, occurred_at, detail FROM account_timeline "
                        + "WHERE account_id = ? AND id > ? ORDER BY id LIMIT ?")) {
            ps.setObject(1, accountId);
            ps.setLong(2, afterId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getTimestamp(5).toInstant(), rs.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the account timeline", e);
        }
        return out;
    }

    public record StoredEntry(long seq, String eventId, String eventType, String direction,
            java.time.Instant occurredAt, String detail) {
    }
}
