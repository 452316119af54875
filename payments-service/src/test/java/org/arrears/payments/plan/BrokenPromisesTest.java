package org.arrears.payments.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.inject.Inject;

import org.arrears.events.payment.PromiseBroken;
import org.arrears.payments.support.Fixtures;
import org.arrears.payments.support.TestClock;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The broken-promise round against the real database with a controlled clock. Two replicas are two concurrent
 * calls of the round (the same code path the scheduler takes, each in its own transaction and connection).
 */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class BrokenPromisesTest {

    @Inject
    BrokenPromises job;
    @Inject
    TestClock clock;
    @Inject
    Fixtures fixtures;

    private final String creditor = "ACME-" + UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void terms() {
        Fixtures.putTerms(creditor, Fixtures.terms()); // grace 5 days
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String plan(String account, LocalDate due) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "type", "INSTALLMENT", "schedule", List.of(
                        Map.of("dueDate", due.toString(), "amount", "100.00"),
                        Map.of("dueDate", due.plusMonths(1).toString(), "amount", "100.00"))))
                .post("/v1/payment-plans").then().statusCode(201).extract().path("id");
    }

    private String account() {
        return fixtures.account(creditor, "500.00", "0.00", "0.00", "0.00");
    }

    /** Runs the round on two threads released together; returns what each reported. */
    private List<Integer> twoReplicas() {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> rounds = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return job.detect();
        })).toList();
        return rounds.stream().map(CompletableFuture::join).toList();
    }

    @Test
    void nothingBreaksWithinTheGracePeriod() {
        String planId = plan(account(), today.plusDays(1));
        clock.advance(Duration.ofDays(6)); // due + 5 days of grace: the last day of the pause

        job.detect();

        assertThat(fixtures.events(PromiseBroken.class, planId)).isZero();
    }

    @Test
    void twoReplicasBreakAnOverduePlanOnceAndLaterRoundsLeaveItAlone() {
        String planId = plan(account(), today.plusDays(1));
        clock.advance(Duration.ofDays(7)); // the day after the grace ends

        List<Integer> reports = twoReplicas();
        job.detect();

        assertThat(fixtures.events(PromiseBroken.class, planId)).isEqualTo(1);
        // One replica ran the round (and broke at least this plan); the other found the lock taken (-1) or ran
        // after it and found nothing left to break (0). Other tests' plans may be overdue too on this database.
        assertThat(reports).filteredOn(r -> r >= 1).hasSize(1);
        assertThat(reports).filteredOn(r -> r < 1).singleElement().isIn(-1, 0);
        assertThat(fixtures.payloads(PromiseBroken.class, planId)).singleElement().asString()
                .contains("\"installmentSeq\":1", "\"amountDue\":\"100.00\"", "\"dueDate\":\"" + today.plusDays(1) + "\"");
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", planId).then()
                .body("status", equalTo("BROKEN")).body("endReason", equalTo("INSTALLMENT_MISSED"));
    }

    @Test
    void aRoundAfterDowntimeCatchesUpOnEveryPlanMissedMeanwhile() {
        String early = plan(account(), today);
        String late = plan(account(), today.plusDays(20));
        String paidUp = plan(account(), today.plusDays(1));
        String paying = given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", paidUp)
                .then().extract().path("accountId");
        given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                .body(Map.of("accountId", paying, "amount", "100.00", "currency", "USD", "method", "CARD",
                        "processorTxnId", "txn-" + UUID.randomUUID(), "receivedAt", java.time.Instant.now().toString()))
                .post("/v1/payments").then().statusCode(201);
        clock.advance(Duration.ofDays(26)); // nobody ran the job for 26 days: both grace periods have ended

        assertThat(job.detect()).isGreaterThanOrEqualTo(2);

        assertThat(fixtures.events(PromiseBroken.class, early)).isEqualTo(1);
        assertThat(fixtures.events(PromiseBroken.class, late)).isEqualTo(1);
        // installment 1 was paid; installment 2, due a month after it, is still within its grace
        assertThat(fixtures.events(PromiseBroken.class, paidUp)).isZero();
    }

    @Test
    void aReversalThatLeavesAnInstallmentUnpaidPastItsGraceBreaksThePlanAtOnce() {
        String account = account();
        String planId = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "type", "PROMISE", "amount", "100.00", "dueDate",
                        today.plusDays(1).toString()))
                .post("/v1/payment-plans").then().statusCode(201).extract().path("id");
        String paymentId = given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "amount", "100.00", "currency", "USD", "method", "ACH",
                        "processorTxnId", "txn-" + UUID.randomUUID(), "receivedAt", java.time.Instant.now().toString()))
                .post("/v1/payments").then().statusCode(201).extract().path("id");
        clock.advance(Duration.ofDays(10)); // the ACH return arrives after the promise's grace has ended

        given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", "R01")).post("/v1/payments/{id}/reversal", paymentId)
                .then().statusCode(200);

        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", planId).then()
                .body("status", equalTo("BROKEN"));
        assertThat(fixtures.events(PromiseBroken.class, planId)).isEqualTo(1);
        job.detect();
        assertThat(fixtures.events(PromiseBroken.class, planId)).isEqualTo(1);
    }
}
