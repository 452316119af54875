package org.arrears.skiptrace.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.skiptrace.request.SkiptraceReason;
import org.arrears.skiptrace.request.SkiptraceRequestService;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Replicas share the pending requests: no request is claimed twice, and a dead replica's claim is taken over. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "skiptrace"))
class LookupClaimsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    LookupClaims claims;
    @Inject
    SkiptraceRequestService requests;
    @Inject
    DataSource dataSource;

    @Test
    void claimsRacingEachOtherNeverTakeTheSameRequest() throws Exception {
        for (int i = 0; i < 12; i++) {
            String account = UUID.randomUUID().toString();
            QuarkusTransaction.requiringNew().run(() -> requests.open(account, null, SkiptraceReason.STALE, "test"));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<LookupClaims.Claim>>> racers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return claims.claim();
            }));
        }
        start.countDown();

        Set<UUID> seen = new HashSet<>();
        int total = 0;
        for (var r : racers) {
            for (LookupClaims.Claim c : r.get()) {
                seen.add(c.requestId());
                total++;
            }
        }
        assertThat(total).isEqualTo(seen.size());
    }

    @Test
    void aRunningRequestWhoseLeaseRanOutIsClaimedAgainAndCompleted() throws Exception {
        String account = UUID.randomUUID().toString();
        String id = QuarkusTransaction.requiringNew()
                .call(() -> requests.open(account, null, SkiptraceReason.STALE, "test")).request().id();
        // As a replica that claimed it and died would leave it: RUNNING, another token, the lease over.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "UPDATE skiptrace_request SET status = 'RUNNING', claim_token = ?, claimed_until = now() - "
                        + "interval '1 second' WHERE id = ?")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setObject(2, UUID.fromString(id));
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }

        await().atMost(WAIT).until(() -> "COMPLETED".equals(given().auth().oauth2(TestTokens.withRoles("ops"))
                .get("/v1/skiptrace-requests/{id}", id).jsonPath().getString("status")));
    }
}
