package org.arrears.compliance.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.compliance.rules.Channel;
import org.arrears.compliance.rules.Direction;
import org.arrears.compliance.rules.LedgerEntry;

/**
 * The contacts counted against each debt. Plain JDBC: this is the hot path of every check, and the rows are read
 * and written inside the check's transaction under the debt's row lock.
 */
@ApplicationScoped
public class ContactLedger {

    private final DataSource dataSource;

    public ContactLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The contacts at or after {@code since}, plus the first telephone conversation ever (the initial
     * communication the validation-notice deadline runs from) when it is older.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<LedgerEntry> since(String accountId, Instant since) {
        String sql = "SELECT occurred_at, channel, destination, direction, conversation FROM contact_record "
                + "WHERE account_id = ? AND occurred_at >= ? "
                + "UNION ALL (SELECT occurred_at, channel, destination, direction, conversation FROM contact_record "
                + "WHERE account_id = ? AND conversation AND occurred_at < ? ORDER BY occurred_at LIMIT 1)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Timestamp from = Timestamp.from(since);
            ps.setString(1, accountId);
            ps.setTimestamp(2, from);
            ps.setString(3, accountId);
            ps.setTimestamp(4, from);
            List<LedgerEntry> entries = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.add(new LedgerEntry(rs.getTimestamp(1).toInstant(), Channel.valueOf(rs.getString(2)),
                            rs.getString(3), Direction.valueOf(rs.getString(4)), rs.getBoolean(5)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the contact ledger", e);
        }
    }

    /** Counts the contact an allowed, recorded check is about to make. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordCheck(String accountId, UUID checkId, Channel channel, String destination, Instant at,
            Instant now) {
        String sql = "INSERT INTO contact_record (account_id, check_id, channel, destination, direction, occurred_at,"
                + " recorded_at) VALUES (?, ?, ?, ?, 'OUTBOUND', ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, accountId);
            ps.setObject(2, checkId);
            ps.setString(3, channel.name());
            ps.setString(4, destination);
            ps.setTimestamp(5, Timestamp.from(at));
            ps.setTimestamp(6, Timestamp.from(now));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the contact", e);
        }
    }

    /**
     * Applies a reported attempt: completes the row of the check that allowed it, or adds a row of its own when
     * there is no such check (an inbound call, a manual contact, a check made without recording).
     *
     * @return true when a row was completed or added, false when the attempt was already in the ledger
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyAttempt(Attempt a, Instant now) {
        boolean conversation = ContactOutcomes.isConversation(a.channel(), a.outcome());
        try (Connection c = dataSource.getConnection()) {
            if (a.checkId() != null) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE contact_record SET attempt_id = ?, outcome = ?,"
                        + " occurred_at = ?, conversation = ? WHERE check_id = ? AND account_id = ?"
                        + " AND attempt_id IS NULL")) {
                    ps.setString(1, a.attemptId());
                    ps.setString(2, a.outcome());
                    ps.setTimestamp(3, Timestamp.from(a.at()));
                    ps.setBoolean(4, conversation);
                    ps.setObject(5, a.checkId());
                    ps.setString(6, a.accountId());
                    if (ps.executeUpdate() == 1) {
                        return true;
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact_record (account_id, attempt_id,"
                    + " channel, destination, direction, occurred_at, outcome, conversation, recorded_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (attempt_id) DO NOTHING")) {
                ps.setString(1, a.accountId());
                ps.setString(2, a.attemptId());
                ps.setString(3, a.channel().name());
                ps.setString(4, a.destination() == null ? "" : a.destination());
                ps.setString(5, a.direction().name());
                ps.setTimestamp(6, Timestamp.from(a.at()));
                ps.setString(7, a.outcome());
                ps.setBoolean(8, conversation);
                ps.setTimestamp(9, Timestamp.from(now));
                return ps.executeUpdate() == 1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot apply the contact attempt", e);
        }
    }

    /** A reported contact attempt, as the ledger needs it. */
    public record Attempt(String accountId, String attemptId, UUID checkId, Channel channel, String destination,
            Direction direction, String outcome, Instant at) {
    }
}
