package org.arrears.platform.housekeeping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.platform.inbox.InboxConfig;
import org.arrears.platform.lock.ClusterLock;
import org.arrears.platform.outbox.OutboxConfig;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes what the platform tables no longer need (published outbox rows past retention, inbox ids older than
 * any redelivery, expired idempotency records) and measures the outbox backlog. One replica per round.
 */
@ApplicationScoped
public class PlatformHousekeeping {

    @Inject
    DataSource dataSource;
    @Inject
    ClusterLock lock;
    @Inject
    OutboxConfig outbox;
    @Inject
    InboxConfig inbox;
    @Inject
    Clock clock;
    @Inject
    MeterRegistry registry;

    private final AtomicLong pending = new AtomicLong();

    void registerGauge(@Observes StartupEvent ev) {
        Gauge.builder("arrears.outbox.pending", pending, AtomicLong::get)
                .description("Outbox rows not yet published").register(registry);
    }

    @Scheduled(every = "${arrears.housekeeping.every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        if (!lock.tryLock("platform-housekeeping")) {
            return;
        }
        Instant now = Instant.now(clock);
        delete("DELETE FROM outbox_event WHERE published_at < ?", now.minus(outbox.retention()));
        delete("DELETE FROM inbox_event WHERE received_at < ?", now.minus(inbox.retention()));
        delete("DELETE FROM idempotency_record WHERE expires_at < ?", now);
    }

    @Scheduled(every = "${arrears.outbox.backlog-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measureBacklog() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT count(*) FROM outbox_event WHERE published_at IS NULL");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            pending.set(rs.getLong(1));
        } catch (SQLException e) {
            pending.set(-1); // database unreachable: readiness says so; the gauge must not look healthy
        }
    }

    private void delete(String sql, Instant before) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(before));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("housekeeping failed: " + sql, e);
        }
    }

}
