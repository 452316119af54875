package org.arrears.accounts.placement;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.assignment.StrategyStore;
import org.arrears.accounts.config.AccountsConfig;
import org.arrears.platform.failure.Failures;
import org.arrears.platform.problem.Problem.Violation;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Runs one bulk placement: reads the portfolio as a stream, validates each row, and commits accounts, their
 * events, the rejected rows and the job's counters together in batches of {@code batch-size}. Nothing of the
 * file is held beyond the current batch. A retried portfolio creates nothing twice: rows already placed are
 * counted as duplicates.
 */
@ApplicationScoped
public class PlacementJobRunner {

    private static final int MAX_ATTEMPTS = 5;
    private static final String INSERT_ERRORS = "INSERT INTO placement_error (job_id, line, creditor_ref, field, message) "
            + "SELECT ?, * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[])";
    private static final String UPDATE_COUNTS = "UPDATE placement_job SET received = received + ?, "
            + "accepted = accepted + ?, duplicate = duplicate + ?, rejected = rejected + ?, "
            + "principal_received = principal_received + ?, bytes_read = ? WHERE id = ?";

    private final PlacementValidator validator;
    private final PlacementWriter writer;
    private final StrategyStore strategies;
    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final AccountsConfig config;
    private final Clock clock;

    public PlacementJobRunner(PlacementValidator validator, PlacementWriter writer, StrategyStore strategies,
            DataSource dataSource, ObjectMapper mapper, AccountsConfig config, Clock clock) {
        this.validator = validator;
        this.writer = writer;
        this.strategies = strategies;
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.config = config;
        this.clock = clock;
    }

    /** What one batch adds to the job. */
    private final class Batch {
        final List<ValidPlacement> valid = new ArrayList<>();
        final List<PlacementError> errors = new ArrayList<>();
        long received;
        long rejected;
        BigDecimal principal = BigDecimal.ZERO;

        boolean full() {
            return valid.size() >= config.placement().batchSize() || errors.size() >= config.placement().batchSize();
        }
    }

    public void run(UUID jobId, String creditorId, PlacementFormat format, InputStream body) {
        update(jobId, job -> {
            job.status = PlacementJob.Status.RUNNING;
            job.startedAt = Instant.now(clock);
        });
        ParsedRow.Trailer trailer = null;
        String failure = null;
        LocalDate today = LocalDate.now(clock);
        try (CountingInputStream counted = new CountingInputStream(body);
                PlacementReader reader = PlacementReader.open(format, counted, mapper)) {
            Batch batch = new Batch();
            while (reader.hasNext()) {
                ParsedRow row = reader.next();
                if (row instanceof ParsedRow.Trailer t) {
                    if (trailer != null) {
                        batch.errors.add(new PlacementError(t.line(), null, "trailer", "a second trailer is ignored"));
                    } else {
                        trailer = t;
                    }
                } else if (row instanceof ParsedRow.Malformed m) {
                    batch.errors.add(new PlacementError(m.line(), m.creditorRef(), field(format, m.field()), m.message()));
                    if (m.fatal()) {
                        failure = "line " + m.line() + ": " + m.message();
                    } else {
                        batch.received++;
                        batch.rejected++;
                    }
                } else if (row instanceof ParsedRow.Row r) {
                    accept(r, batch, format, today);
                }
                if (batch.full()) {
                    commit(jobId, creditorId, batch, counted.count(), today);
                    batch = new Batch();
                }
            }
            commit(jobId, creditorId, batch, counted.count(), today);
        } catch (Exception e) {
            // Class and SQL state only: messages of parsing and SQL errors can quote personal data.
            Log.errorf("placement job %s stopped: %s", jobId, describe(e));
            failure = "stopped by an internal error (" + describe(e) + "); accounts committed before stay placed, "
                    + "post the file again to place the rest (duplicates are skipped)";
        }
        finish(jobId, trailer, failure);
    }

    private void accept(ParsedRow.Row r, Batch batch, PlacementFormat format, LocalDate today) {
        batch.received++;
        PlaceAccountRequest request = r.request();
        if (request.balances() != null && request.balances().principal() != null) {
            batch.principal = batch.principal.add(request.balances().principal());
        }
        PlacementValidator.Result result = validator.validate(request, today);
        if (result.valid()) {
            batch.valid.add(result.placement());
            return;
        }
        batch.rejected++;
        String ref = request.creditorRef() != null && request.creditorRef().length() <= 64 ? request.creditorRef()
                : null;
        for (Violation v : result.violations()) {
            batch.errors.add(new PlacementError(r.line(), ref, field(format, v.field()), v.message()));
        }
    }

    private static String field(PlacementFormat format, String field) {
        return format == PlacementFormat.CSV ? CsvPlacementReader.columnOf(field) : field;
    }

    private void commit(UUID jobId, String creditorId, Batch batch, long bytesRead, LocalDate today) {
        for (int attempt = 1;; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    long created = 0;
                    if (!batch.valid.isEmpty()) {
                        created = writer.write(creditorId, batch.valid, jobId, strategies.currentAssigner(),
                                Instant.now(clock), today).created();
                    }
                    writeErrorsAndCounts(jobId, batch, created, bytesRead);
                });
                return;
            } catch (RuntimeException e) {
                if (!Failures.isRetryable(e) || attempt == MAX_ATTEMPTS) {
                    throw e;
                }
                Log.warnf("placement job %s: batch failed (%s), attempt %d of %d", jobId, describe(e), attempt,
                        MAX_ATTEMPTS);
                pause(attempt);
            }
        }
    }

    private void writeErrorsAndCounts(UUID jobId, Batch batch, long created, long bytesRead) {
        try (Connection c = dataSource.getConnection()) {
            if (!batch.errors.isEmpty()) {
                int n = batch.errors.size();
                Long[] lines = new Long[n];
                String[] refs = new String[n], fields = new String[n], messages = new String[n];
                for (int i = 0; i < n; i++) {
                    PlacementError e = batch.errors.get(i);
                    lines[i] = e.line();
                    refs[i] = e.creditorRef();
                    fields[i] = e.field();
                    messages[i] = e.message();
                }
                try (PreparedStatement ps = c.prepareStatement(INSERT_ERRORS)) {
                    ps.setObject(1, jobId);
                    Array[] arrays = { c.createArrayOf("bigint", lines), c.createArrayOf("text", refs),
                            c.createArrayOf("text", fields), c.createArrayOf("text", messages) };
                    for (int i = 0; i < arrays.length; i++) {
                        ps.setArray(i + 2, arrays[i]);
                    }
                    ps.executeUpdate();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(UPDATE_COUNTS)) {
                ps.setLong(1, batch.received);
                ps.setLong(2, created);
                ps.setLong(3, batch.valid.size() - created);
                ps.setLong(4, batch.rejected);
                ps.setBigDecimal(5, batch.principal);
                ps.setLong(6, bytesRead);
                ps.setObject(7, jobId);
                ps.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the placement's progress", e);
        }
    }

    private void finish(UUID jobId, ParsedRow.Trailer trailer, String failure) {
        update(jobId, job -> {
            job.finishedAt = Instant.now(clock);
            job.status = failure == null ? PlacementJob.Status.COMPLETED : PlacementJob.Status.FAILED;
            job.failure = failure;
            if (job.bytesTotal == null) {
                job.bytesTotal = job.bytesRead;
            }
            if (trailer != null) {
                job.trailerCount = trailer.count();
                job.trailerPrincipal = trailer.totalPrincipal();
                boolean countOk = trailer.count() == null || trailer.count() == job.received;
                boolean principalOk = trailer.totalPrincipal() == null
                        || trailer.totalPrincipal().compareTo(job.principalReceived) == 0;
                job.reconciliation = countOk && principalOk ? PlacementJob.Reconciliation.MATCHED
                        : PlacementJob.Reconciliation.MISMATCH;
            }
        });
    }

    private void update(UUID jobId, java.util.function.Consumer<PlacementJob> change) {
        QuarkusTransaction.requiringNew().run(() -> change.accept(PlacementJob.findById(jobId)));
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(200L << attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState();
            }
        }
        return e.getClass().getSimpleName();
    }
}
