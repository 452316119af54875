package org.arrears.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The idempotency_record table. Each call is its own short transaction, apart from the business one. */
@ApplicationScoped
class IdempotencyStore {

    /** What a new request finds under its key. */
    sealed interface Claim permits Claimed, Replay, InProgress, Mismatch {
    }

    record Claimed() implements Claim {
    }

    record Replay(StoredResponse response) implements Claim {
    }

    record InProgress() implements Claim {
    }

    record Mismatch() implements Claim {
    }

    private final DataSource dataSource;
    private final IdempotencyConfig config;
    private final Clock clock;

    IdempotencyStore(DataSource dataSource, IdempotencyConfig config, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Claim claim(String principal, String key, String requestHash) throws SQLException {
        Instant now = Instant.now(clock);
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO idempotency_record "
                    + "(principal, idempotency_key, request_hash, state, created_at, expires_at) "
                    + "VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?) ON CONFLICT DO NOTHING")) {
                ps.setString(1, principal);
                ps.setString(2, key);
                ps.setString(3, requestHash);
                ps.setTimestamp(4, Timestamp.from(now));
                ps.setTimestamp(5, Timestamp.from(now.plus(config.ttl())));
                if (ps.executeUpdate() == 1) {
                    return new Claimed();
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT request_hash, state, created_at, response_status, "
                    + "response_type, response_body, response_location, expires_at FROM idempotency_record "
                    + "WHERE principal = ? AND idempotency_key = ? FOR UPDATE")) {
                ps.setString(1, principal);
                ps.setString(2, key);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return new InProgress(); // deleted between our two statements: the caller retries
                    }
                    boolean expired = rs.getTimestamp(8).toInstant().isBefore(now);
                    if (expired || isAbandoned(rs, now)) {
                        restart(c, principal, key, requestHash, now);
                        return new Claimed();
                    }
                    if (!rs.getString(1).equals(requestHash)) {
                        return new Mismatch();
                    }
                    if ("IN_PROGRESS".equals(rs.getString(2))) {
                        return new InProgress();
                    }
                    return new Replay(new StoredResponse(rs.getInt(4), rs.getString(5), rs.getString(6),
                            rs.getString(7)));
                }
            }
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void complete(String principal, String key, StoredResponse response) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE idempotency_record SET state = 'COMPLETED', response_status = ?, response_type = ?, "
                        + "response_body = ?, response_location = ? WHERE principal = ? AND idempotency_key = ?")) {
            ps.setInt(1, response.status());
            ps.setString(2, response.contentType());
            ps.setString(3, response.body());
            ps.setString(4, response.location());
            ps.setString(5, principal);
            ps.setString(6, key);
            ps.executeUpdate();
        }
    }

    /** Forgets a key whose request failed, so the client can retry it, corrected or not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void release(String principal, String key) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "DELETE FROM idempotency_record WHERE principal = ? AND idempotency_key = ? AND state = 'IN_PROGRESS'")) {
            ps.setString(1, principal);
            ps.setString(2, key);
            ps.executeUpdate();
        }
    }

    private boolean isAbandoned(ResultSet rs, Instant now) throws SQLException {
        return "IN_PROGRESS".equals(rs.getString(2))
                && rs.getTimestamp(3).toInstant().plus(config.abandonedAfter()).isBefore(now);
    }

    private void restart(Connection c, String principal, String key, String hash, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE idempotency_record SET request_hash = ?, "
                + "state = 'IN_PROGRESS', created_at = ?, expires_at = ?, response_status = NULL, response_type = NULL, "
                + "response_body = NULL, response_location = NULL WHERE principal = ? AND idempotency_key = ?")) {
            ps.setString(1, hash);
            ps.setTimestamp(2, Timestamp.from(now));
            ps.setTimestamp(3, Timestamp.from(now.plus(config.ttl())));
            ps.setString(4, principal);
            ps.setString(5, key);
            ps.executeUpdate();
        }
    }
}
