package org.arrears.accounts.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.arrears.testkit.ArrearsTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The benchmark's raw COPY baseline works on the real schema and cleans up after itself (not a measurement). */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class PlacementBenchmarkTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void theRawCopyBaselineLoadsAccountAndOutboxRowsAndDropsItsTables() throws Exception {
        assertThat(PlacementBenchmark.rawCopy(url, user, password, 1_000)).isPositive();
        try (Connection c = DriverManager.getConnection(url, user, password);
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT count(*) FROM pg_tables WHERE tablename IN ('bench_account', 'bench_outbox')")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }
}
