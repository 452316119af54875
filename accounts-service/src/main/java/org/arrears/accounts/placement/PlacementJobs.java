package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.accounts.config.AccountsConfig;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Bulk placements: small bodies are placed while the client waits; large ones are spooled to a file (the body
 * arrives at network speed, the database is slower, and the HTTP request must end) and placed by a worker
 * thread, the client polling the job.
 */
@ApplicationScoped
public class PlacementJobs {

    private final PlacementJobRunner runner;
    private final AccountsConfig config;
    private final DataSource dataSource;
    private final Clock clock;
    private final ExecutorService workers;

    public PlacementJobs(PlacementJobRunner runner, AccountsConfig config, DataSource dataSource, Clock clock) {
        this.runner = runner;
        this.config = config;
        this.dataSource = dataSource;
        this.clock = clock;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(config.placement().workers(), r -> {
            Thread t = new Thread(r, "placement-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }

    /** True when a body of {@code contentLength} bytes (-1: unknown) is placed during the request. */
    public boolean placesWhileWaiting(long contentLength) {
        return contentLength >= 0 && contentLength <= config.placement().syncMaxBytes();
    }

    /** Places the whole body now and returns the finished job. */
    public PlacementJob placeNow(String creditorId, PlacementFormat format, InputStream body, long contentLength) {
        UUID id = create(creditorId, format, contentLength, PlacementJob.Status.RUNNING);
        runner.run(id, creditorId, format, body);
        return QuarkusTransaction.requiringNew().call(() -> PlacementJob.findById(id));
    }

    /** Spools the body, queues the job and returns it at once. */
    public PlacementJob placeLater(String creditorId, PlacementFormat format, InputStream body) {
        Path spool;
        long size;
        try {
            spool = Files.createTempFile(Path.of(config.placement().spoolDirectory()), "placement-", ".spool");
            size = Files.copy(body, spool, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool the placement body", e);
        }
        UUID id = create(creditorId, format, size, PlacementJob.Status.QUEUED);
        workers.submit(() -> {
            try (InputStream in = Files.newInputStream(spool)) {
                runner.run(id, creditorId, format, in);
            } catch (IOException | RuntimeException e) {
                Log.errorf("placement job %s could not run: %s", id, PlacementJobRunner.describe(e));
            } finally {
                delete(spool);
            }
        });
        return QuarkusTransaction.requiringNew().call(() -> PlacementJob.findById(id));
    }

    @Transactional
    public Optional<PlacementJob> find(UUID id) {
        return PlacementJob.findByIdOptional(id);
    }

    /** Errors of a job in file order, after the error {@code afterId}. */
    @Transactional
    public List<ErrorEntry> errors(UUID jobId, long afterId, int limit) {
        List<ErrorEntry> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT id, line, creditor_ref, field, message FROM placement_error WHERE job_id = ? AND id > ? "
                        + "ORDER BY id LIMIT ?")) {
            ps.setObject(1, jobId);
            ps.setLong(2, afterId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ErrorEntry(rs.getLong(1), new PlacementError(rs.getLong(2), rs.getString(3),
                            rs.getString(4), rs.getString(5))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the placement errors", e);
        }
        return out;
    }

    public record ErrorEntry(long id, PlacementError error) {
    }

    private UUID create(String creditorId, PlacementFormat format, long bytesTotal, PlacementJob.Status status) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            PlacementJob job = new PlacementJob();
            job.id = id;
            job.creditorId = creditorId;
            job.format = format;
            job.status = status;
            job.bytesTotal = bytesTotal >= 0 ? bytesTotal : null;
            job.principalReceived = BigDecimal.ZERO;
            job.reconciliation = PlacementJob.Reconciliation.NO_TRAILER;
            job.createdAt = Instant.now(clock);
            job.persist();
        });
        return id;
    }

    private static void delete(Path spool) {
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            Log.warnf("could not delete the placement spool %s", spool);
        }
    }
}
