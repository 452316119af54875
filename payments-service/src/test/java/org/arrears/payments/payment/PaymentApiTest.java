package org.arrears.payments.payment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.arrears.events.payment.PaymentPosted;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.events.payment.PaymentReversed;
import org.arrears.events.payment.PromiseKept;
import org.arrears.payments.PaymentProblems;
import org.arrears.payments.support.Fixtures;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class PaymentApiTest {

    @Inject
    Fixtures fixtures;

    private final String creditor = "ACME-" + UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String account;

    @BeforeEach
    void accountWithTerms() {
        Fixtures.putTerms(creditor, Fixtures.terms()); // FEES, COSTS, INTEREST, PRINCIPAL
        account = fixtures.account(creditor, "900.00", "80.00", "20.00", "10.00"); // 1010.00
    }

    static Map<String, Object> payment(String account, String amount, String txn) {
        Map<String, Object> p = new HashMap<>();
        p.put("accountId", account);
        p.put("amount", amount);
        p.put("currency", "USD");
        p.put("method", "ACH");
        p.put("processorTxnId", txn);
        p.put("receivedAt", Instant.now().toString());
        return p;
    }

    static ValidatableResponse post(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON).body(body)
                .post("/v1/payments").then();
    }

    static ValidatableResponse reverse(String paymentId, String code) {
        return given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", code)).post("/v1/payments/{id}/reversal", paymentId).then();
    }

    private ValidatableResponse balance() {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/{id}/balance", account).then();
    }

    @Test
    void aPaymentIsAllocatedInTheCreditorsOrderAndLowersTheBalance() {
        String id = post(payment(account, "150.00", "txn-" + UUID.randomUUID())).statusCode(201)
                .body("allocation.fees", equalTo("20.00"))
                .body("allocation.costs", equalTo("10.00"))
                .body("allocation.interest", equalTo("80.00"))
                .body("allocation.principal", equalTo("40.00"))
                .body("planId", nullValue())
                .extract().path("id");

        balance().body("balances.principal", equalTo("860.00")).body("total", equalTo("860.00"));
        assertThat(fixtures.payloads(PaymentPosted.class, id)).singleElement().asString()
                .contains("\"principal\":\"40.00\"", "\"fees\":\"20.00\"");
    }

    @Test
    void aRepeatedProcessorTransactionReturnsTheFirstPaymentAndAnotherPaymentUnderItIsRefused() {
        Map<String, Object> body = payment(account, "50.00", "txn-" + UUID.randomUUID());
        String id = post(body).statusCode(201).extract().path("id");

        post(body).statusCode(200).body("id", equalTo(id));
        Map<String, Object> other = new HashMap<>(body);
        other.put("amount", "60.00");
        post(other).statusCode(422).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PaymentProblems.PROCESSOR_TXN_REUSED));
        balance().body("total", equalTo("960.00"));
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponse() {
        Map<String, Object> body = payment(account, "30.00", "txn-" + UUID.randomUUID());
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/payments").then().statusCode(201)
                .extract().path("id");

        given().auth().oauth2(TestTokens.withRoles("agent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/payments").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        balance().body("total", equalTo("980.00"));
    }

    @Test
    void concurrentDuplicateWebhooksPostOnce() throws Exception {
        Map<String, Object> body = payment(account, "25.00", "txn-" + UUID.randomUUID());
        int n = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                answers.add(pool.submit((Callable<io.restassured.response.Response>) () -> {
                    start.await();
                    return given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                            .body(body).post("/v1/payments");
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<io.restassured.response.Response> f : answers) {
                statuses.add(f.get().statusCode());
                ids.add(f.get().path("id"));
            }
            assertThat(statuses).containsOnly(200, 201).filteredOn(s -> s == 201).hasSize(1);
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(fixtures.events(PaymentPosted.class, ids.get(0))).isEqualTo(1);
            balance().body("total", equalTo("985.00"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overpaymentIsRefusedAndChangesNothing() {
        post(payment(account, "1010.01", "txn-" + UUID.randomUUID())).statusCode(409)
                .body("type", equalTo(PaymentProblems.PAYMENT_EXCEEDS_BALANCE)).body("balance", equalTo("1010.00"));
        post(payment(account, "10.001", "txn-" + UUID.randomUUID())).statusCode(400)
                .body("type", equalTo(ProblemTypes.VALIDATION)).body("violations.field", contains("amount"));
        Map<String, Object> euros = payment(account, "10.00", "txn-" + UUID.randomUUID());
        euros.put("currency", "EUR");
        post(euros).statusCode(400).body("violations.field", contains("currency"));
        balance().body("total", equalTo("1010.00"));
    }

    @Test
    void paymentsPayTheInstallmentsAndTheLastOneKeepsThePromise() {
        String planId = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "type", "INSTALLMENT", "schedule", List.of(
                        Map.of("dueDate", today.toString(), "amount", "100.00"),
                        Map.of("dueDate", today.plusWeeks(1).toString(), "amount", "100.00"))))
                .post("/v1/payment-plans").then().statusCode(201).extract().path("id");

        post(payment(account, "60.00", "txn-" + UUID.randomUUID())).statusCode(201)
                .body("planId", equalTo(planId)).body("installmentSeqs", contains(1));
        assertThat(fixtures.events(PaymentPromised.class, planId)).as("installment 1 is still the next due").isEqualTo(1);
        post(payment(account, "80.00", "txn-" + UUID.randomUUID())).statusCode(201)
                .body("installmentSeqs", contains(1, 2));
        assertThat(fixtures.payloads(PaymentPromised.class, planId)).hasSize(2).last().asString()
                .contains("\"nextDueAmount\":\"60.00\"");

        post(payment(account, "60.00", "txn-" + UUID.randomUUID())).statusCode(201);
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", planId).then()
                .body("status", equalTo("KEPT")).body("paid", equalTo("200.00"));
        assertThat(fixtures.events(PromiseKept.class, planId)).isEqualTo(1);
    }

    @Test
    void aReversalRestoresTheBalanceAndUnpaysTheInstallment() {
        String planId = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "type", "PROMISE", "amount", "100.00", "dueDate",
                        today.plusDays(2).toString()))
                .post("/v1/payment-plans").then().statusCode(201).extract().path("id");
        String id = post(payment(account, "100.00", "txn-" + UUID.randomUUID())).statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", planId).then()
                .body("status", equalTo("KEPT"));

        reverse(id, "R01").statusCode(200).body("status", equalTo("REVERSED")).body("representable", equalTo(true));

        balance().body("total", equalTo("1010.00")).body("balances.fees", equalTo("20.00"));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", planId).then()
                .body("status", equalTo("ACTIVE")).body("paid", equalTo("0.00"))
                .body("nextDue.amount", equalTo("100.00"));
        assertThat(fixtures.payloads(PaymentReversed.class, id)).singleElement().asString()
                .contains("\"reasonCode\":\"R01\"", "\"amount\":\"100.00\"", "\"representable\":true");
        reverse(id, "R01").statusCode(200);
        reverse(id, "R02").statusCode(409).body("type", equalTo(PaymentProblems.ALREADY_REVERSED));
        assertThat(fixtures.events(PaymentReversed.class, id)).isEqualTo(1);
    }

    @Test
    void anR01ReturnMayBePresentedTwiceAndNoMore() {
        String original = post(payment(account, "40.00", "txn-" + UUID.randomUUID())).statusCode(201)
                .extract().path("id");
        reverse(original, "R01").statusCode(200).body("representable", equalTo(true));

        String again = original;
        for (int i = 1; i <= 2; i++) {
            Map<String, Object> body = payment(account, "40.00", "txn-" + UUID.randomUUID());
            body.put("representmentOf", again);
            again = post(body).statusCode(201).body("representmentOf", equalTo(original)).extract().path("id");
            reverse(again, "R09").statusCode(200).body("representable", equalTo(i < 2));
        }
        Map<String, Object> third = payment(account, "40.00", "txn-" + UUID.randomUUID());
        third.put("representmentOf", again);
        post(third).statusCode(409).body("type", equalTo(PaymentProblems.REPRESENTMENT_NOT_ALLOWED));
        balance().body("total", equalTo("1010.00"));
    }

    @Test
    void anR07ReturnMayNotBeRepresentedAndFlagsTheAccount() {
        String id = post(payment(account, "40.00", "txn-" + UUID.randomUUID())).statusCode(201).extract().path("id");

        reverse(id, "R07").statusCode(200).body("representable", equalTo(false));

        Map<String, Object> again = payment(account, "40.00", "txn-" + UUID.randomUUID());
        again.put("representmentOf", id);
        post(again).statusCode(409).body("type", equalTo(PaymentProblems.REPRESENTMENT_NOT_ALLOWED));
        balance().body("flags", hasItem("ACH_AUTHORIZATION_REVOKED"));
        reverse(UUID.randomUUID().toString(), "R01").statusCode(404);
        reverse(id, "R00").statusCode(400).body("violations.field", contains("reasonCode"));
    }

    @Test
    void aCreditorReadsPaymentsOfItsOwnAccountsOnlyAndCannotPostThem() {
        String id = post(payment(account, "10.00", "txn-" + UUID.randomUUID())).statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/payments/{id}", id).then().statusCode(200);
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID())).get("/v1/payments/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(payment(account, "1.00", "txn-" + UUID.randomUUID())).post("/v1/payments").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account).get("/v1/payments")
                .then().statusCode(200).body("id", contains(id));
    }
}
