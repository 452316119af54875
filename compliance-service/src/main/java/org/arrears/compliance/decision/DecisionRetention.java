package org.arrears.compliance.decision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.arrears.platform.lock.ClusterLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the decision audit and contact ledger of accounts with no activity (no decision, counted contact or
 * hold change, and no hold in force) for longer than the retention, which may not be set below 3 years
 * (1096 days, a leap day included). One replica per round; at most {@code BATCH} accounts per round.
 */
@ApplicationScoped
public class DecisionRetention {

    /** Three years including a possible leap day: the floor the audit requirement sets. */
    public static final int MINIMUM_DAYS = 1096;
    static final int BATCH = 1000;

    private static final String IDLE = "SELECT d.account_id FROM compliance_decision d GROUP BY d.account_id"
            + " HAVING max(d.decided_at) < ?"
            + " AND NOT EXISTS (SELECT 1 FROM contact_record r WHERE r.account_id = d.account_id"
            + "   AND (r.occurred_at >= ? OR r.recorded_at >= ?))"
            + " AND NOT EXISTS (SELECT 1 FROM compliance_hold h WHERE h.account_id = d.account_id"
            + "   AND (h.released_at IS NULL OR h.released_at >= ? OR h.placed_at >= ?))"
            + " LIMIT " + BATCH;

    private final DataSource dataSource;
    private final ClusterLock lock;
    private final Clock clock;
    private final int retentionDays;

    public DecisionRetention(DataSource dataSource, ClusterLock lock, Clock clock,
            @ConfigProperty(name = "arrears.compliance.audit-retention-days", defaultValue = "1096") int retentionDays) {
        this.dataSource = dataSource;
        this.lock = lock;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    void validate(@Observes StartupEvent ev) {
        if (retentionDays < MINIMUM_DAYS) {
            throw new IllegalStateException("arrears.compliance.audit-retention-days is " + retentionDays
                    + "; decisions must be kept at least " + MINIMUM_DAYS + " days after the last activity");
        }
    }

    @Scheduled(every = "${arrears.compliance.purge-every:24h}", delayed = "10m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        purge();
    }

    /** Deletes one batch of idle accounts' audit; returns how many decisions were deleted. */
    @Transactional
    public int purge() {
        if (!lock.tryLock("compliance-decision-retention")) {
            return 0;
        }
        Timestamp cutoff = Timestamp.from(Instant.now(clock).minus(Duration.ofDays(retentionDays)));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ledger = c.prepareStatement("DELETE FROM contact_record WHERE account_id IN ("
                    + IDLE + ")")) {
                bind(ledger, cutoff);
                ledger.executeUpdate();
            }
            try (PreparedStatement decisions = c.prepareStatement("DELETE FROM compliance_decision WHERE account_id IN ("
                    + IDLE + ")")) {
                bind(decisions, cutoff);
                int deleted = decisions.executeUpdate();
                if (deleted > 0) {
                    Log.infof("decision retention: deleted %d decisions of accounts idle since before %s", deleted,
                            cutoff.toInstant());
                }
                return deleted;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("decision retention failed", e);
        }
    }

    private static void bind(PreparedStatement ps, Timestamp cutoff) throws SQLException {
        for (int i = 1; i <= 5; i++) {
            ps.setTimestamp(i, cutoff);
        }
    }
}
