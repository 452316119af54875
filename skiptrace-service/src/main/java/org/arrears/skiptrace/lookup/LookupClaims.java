package org.arrears.skiptrace.lookup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.skiptrace.provider.SkiptraceConfig;

/**
 * Claims due requests for this replica: PENDING ones, and RUNNING ones whose lease ran out because their
 * replica died. FOR UPDATE SKIP LOCKED lets replicas claim side by side without waiting for or taking each
 * other's rows; the claim token makes a late completion from a lost claim harmless.
 */
@ApplicationScoped
public class LookupClaims {

    private static final String CLAIM = """
            UPDATE skiptrace_request SET status = 'RUNNING', claim_token = ?, claimed_until = ?,
                   attempts = attempts + 1
             WHERE id IN (SELECT id FROM skiptrace_request
                           WHERE status = 'PENDING' OR (status = 'RUNNING' AND claimed_until < ?)
                           ORDER BY requested_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING id""";

    @Inject
    DataSource dataSource;
    @Inject
    SkiptraceConfig config;
    @Inject
    Clock clock;

    public record Claim(UUID requestId, UUID token) {
    }

    @Transactional
    public List<Claim> claim() {
        Instant now = Instant.now(clock);
        UUID token = UUID.randomUUID();
        List<Claim> claims = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setObject(1, token);
            ps.setTimestamp(2, Timestamp.from(now.plus(config.worker().lease())));
            ps.setTimestamp(3, Timestamp.from(now));
            ps.setInt(4, config.worker().batch());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claims.add(new Claim(rs.getObject(1, UUID.class), token));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim skip-trace requests", e);
        }
        return claims;
    }
}
