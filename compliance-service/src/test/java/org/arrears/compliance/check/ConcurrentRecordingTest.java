package org.arrears.compliance.check;

import static org.arrears.compliance.support.Debts.call;
import static org.arrears.compliance.support.Debts.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.compliance.support.Debts;
import org.arrears.testkit.ArrearsTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Recorded checks of one debt are serialised by its row lock: concurrent dialers never share the last slot. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class ConcurrentRecordingTest {

    static final int DIALERS = 16;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    @Test
    void sixteenConcurrentRecordedChecksCountExactlySevenCalls() throws Exception {
        String account = Debts.open(bootstrap, "GA", "30301");
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> dialers = new ArrayList<>();
        for (int i = 0; i < DIALERS; i++) {
            dialers.add(() -> {
                start.await();
                return check("dialer", call(account, "2026-12-01T15:00:00Z", true)).then().statusCode(200)
                        .extract().path("decision");
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(DIALERS);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (Callable<String> d : dialers) {
                answers.add(pool.submit(d));
            }
            start.countDown();
            List<String> decisions = new ArrayList<>();
            for (Future<String> f : answers) {
                decisions.add(f.get());
            }
            assertThat(decisions).filteredOn("ALLOW"::equals).hasSize(7);
            assertThat(decisions).filteredOn("DENY"::equals).hasSize(DIALERS - 7);
        } finally {
            pool.shutdownNow();
        }
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", account))
                .isEqualTo(7);
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM compliance_decision WHERE account_id = ? AND"
                + " recorded", account)).isEqualTo(7);
    }
}
