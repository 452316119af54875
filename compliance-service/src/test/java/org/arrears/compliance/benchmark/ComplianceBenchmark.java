package org.arrears.compliance.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The check benchmark: 100,000 debts, then (a) read-only checks, (b) recorded checks, and the two limits they are
 * held against, measured in the same run on the same machine: a trivial endpoint of the same service
 * ({@code /q/health/live}) and single-row update transactions on the same database (a JDBC loop). Not a test:
 * run it alone with {@code ./mvnw -B -pl compliance-service verify -Pbenchmark}; the table is printed and written
 * to {@code target/benchmark.md}.
 */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class ComplianceBenchmark {

    static final int ACCOUNTS = Integer.getInteger("benchmark.accounts", 100_000);
    static final int THREADS = Integer.getInteger("benchmark.threads", 16);
    static final int WARMUP = Integer.getInteger("benchmark.warmup-seconds", 10);
    static final int SECONDS = Integer.getInteger("benchmark.seconds", 20);

    @Inject
    DataSource dataSource;
    @TestHTTPResource("/")
    URI base;
    @ConfigProperty(name = "quarkus.datasource.jdbc.max-size", defaultValue = "20")
    int poolSize;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void measure() throws Exception {
        seed();
        String token = TestTokens.withRoles("dialer");
        List<LoadRun.Result> results = new ArrayList<>();
        results.add(LoadRun.run("trivial endpoint (GET /q/health/live)", THREADS, WARMUP, SECONDS,
                i -> send(HttpRequest.newBuilder(base.resolve("/q/health/live")).GET().build())));
        results.add(LoadRun.run("(a) read-only checks (record: false)", THREADS, WARMUP, SECONDS,
                i -> send(check(token, false, i))));
        results.add(LoadRun.run("(b) recorded checks (record: true)", THREADS, WARMUP, SECONDS,
                i -> send(check(token, true, i))));
        results.add(LoadRun.run("single-row update transactions (JDBC)", THREADS, WARMUP, SECONDS,
                i -> update()));
        report(results);
    }

    private HttpRequest check(String token, boolean record, int seq) {
        int account = ThreadLocalRandom.current().nextInt(ACCOUNTS);
        // Spread over a week of daytimes so recorded checks rarely meet a limit.
        Instant at = Instant.parse("2026-12-01T14:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(6) * 3600L);
        String body = "{\"accountId\":\"bench-" + account + "\",\"channel\":\"CALL\",\"destination\":\"+14045550123\","
                + "\"at\":\"" + at + "\",\"record\":" + record + "}";
        return HttpRequest.newBuilder(base.resolve("/v1/checks")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private void send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(request.uri() + " answered " + r.statusCode() + ": " + r.body());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void update() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE bench_counter SET n = n + 1 WHERE id = ?")) {
            c.setAutoCommit(false);
            ps.setInt(1, ThreadLocalRandom.current().nextInt(ACCOUNTS));
            ps.executeUpdate();
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seed() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO debt_profile (account_id, creditor_id, state, postal_code, first_delinquency_date,"
                    + " currency, opened_at, phones, emails) SELECT 'bench-' || g, 'ACME', 'GA', '30301',"
                    + " date '2025-09-01', 'USD', now(), '[{\"number\":\"+14045550123\",\"lineType\":\"MOBILE\","
                    + "\"source\":\"CREDITOR\",\"autodialConsent\":true,\"status\":\"ACTIVE\"}]', '[]'"
                    + " FROM generate_series(0, " + (ACCOUNTS - 1) + ") g ON CONFLICT DO NOTHING");
            s.execute("CREATE TABLE IF NOT EXISTS bench_counter (id int PRIMARY KEY, n bigint NOT NULL)");
            s.execute("INSERT INTO bench_counter SELECT g, 0 FROM generate_series(0, " + (ACCOUNTS - 1) + ") g"
                    + " ON CONFLICT DO NOTHING");
            s.execute("ANALYZE");
        }
    }

    private void report(List<LoadRun.Result> results) throws IOException {
        LoadRun.Result trivial = results.get(0);
        LoadRun.Result readOnly = results.get(1);
        LoadRun.Result recorded = results.get(2);
        LoadRun.Result updates = results.get(3);
        StringBuilder md = new StringBuilder();
        md.append(String.format("%,d accounts, %d client threads, %d s warm-up + %d s measured per row, pool %d,"
                + " %d cores%n%n", ACCOUNTS, THREADS, WARMUP, SECONDS, poolSize,
                Runtime.getRuntime().availableProcessors()));
        md.append("| workload | per second | p50 ms | p99 ms | operations |\n|---|---|---|---|---|\n");
        results.forEach(r -> md.append(r).append('\n'));
        md.append(String.format("%n(a) = %.0f%% of the trivial endpoint (target >= 50%%, p99 <= 10 ms)%n",
                100 * readOnly.perSecond() / trivial.perSecond()));
        md.append(String.format("(b) = %.0f%% of the update transactions, %,.0f/s (targets >= 50%%, >= 5,000/s,"
                + " p99 <= 20 ms)%n", 100 * recorded.perSecond() / updates.perSecond(), recorded.perSecond()));
        System.out.println("\n" + md);
        Files.writeString(Path.of("target", "benchmark.md"), md);
    }
}
