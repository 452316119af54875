package org.arrears.accounts.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.arrears.accounts.bench.GeneratedPortfolio;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * A 100,000-account NDJSON portfolio (~70 MB) streamed from a generator: no copy of it exists in the test, and the
 * service's live heap (measured after a full GC while the job is half done, in this same JVM) must not grow by
 * anything near the body's size. Named to run after the other placement tests: its 300,000 events follow it.
 */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class StreamingPlacementTest {

    private static final int ROWS = 100_000;
    /** Far below the body (~70 MB as bytes, twice that as text, far more as parsed rows). */
    private static final long MAX_LIVE_GROWTH = 32L * 1024 * 1024;

    @TestHTTPResource("/v1/placements")
    URI placements;
    @Inject
    DataSource dataSource;

    private final String creditor = "STREAM-" + UUID.randomUUID();

    @Test
    void aHundredThousandRowsArePlacedWithFlatMemory() throws Exception {
        long baseline = liveHeap();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(placements)
                .header("Authorization", "Bearer " + TestTokens.creditor(creditor))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new GeneratedPortfolio("S", ROWS)))
                .timeout(Duration.ofMinutes(5)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(202);
        String location = response.headers().firstValue("Location").orElseThrow();

        AtomicLong midwayGrowth = new AtomicLong(-1);
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath job = RestAssured.given().auth().oauth2(TestTokens.creditor(creditor)).get(location).then()
                    .statusCode(200).extract().jsonPath();
            Integer percent = job.get("progress.percent");
            if (midwayGrowth.get() < 0 && percent != null && percent >= 20 && percent <= 90
                    && "RUNNING".equals(job.getString("status"))) {
                midwayGrowth.set(liveHeap() - baseline);
            }
            return "COMPLETED".equals(job.getString("status"));
        });
        JsonPath job = RestAssured.given().auth().oauth2(TestTokens.creditor(creditor)).get(location).then()
                .extract().jsonPath();
        assertThat(job.getLong("counts.received")).isEqualTo(ROWS);
        assertThat(job.getLong("counts.accepted")).isEqualTo(ROWS);
        assertThat(job.getLong("counts.rejected")).isZero();
        assertThat(job.getString("trailer.reconciliation")).isEqualTo("MATCHED");
        assertThat(accountsOf(creditor)).isEqualTo(ROWS);
        assertThat(midwayGrowth.get()).as("live heap growth while half placed").isNotNegative()
                .isLessThan(MAX_LIVE_GROWTH);
    }

    /** Heap still referenced after a full collection. */
    private static long liveHeap() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private long accountsOf(String creditorId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM account WHERE creditor_id = ?")) {
            ps.setString(1, creditorId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
