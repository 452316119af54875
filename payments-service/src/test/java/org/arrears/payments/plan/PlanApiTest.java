package org.arrears.payments.plan;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.arrears.events.EventCatalog;
import org.arrears.events.Topics;
import org.arrears.events.account.AccountRecalled;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.events.payment.PaymentPlanCancelled;
import org.arrears.events.payment.PaymentPlanCreated;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.payments.PaymentProblems;
import org.arrears.payments.support.Fixtures;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class PlanApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Fixtures fixtures;

    private final String creditor = "ACME-" + UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String account;

    @BeforeEach
    void accountWithTerms() {
        Fixtures.putTerms(creditor, Fixtures.terms());
        account = fixtures.account(creditor, "900.00", "80.00", "20.00", "0.00"); // 1000.00
    }

    static ValidatableResponse create(Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON).body(body)
                .post("/v1/payment-plans").then();
    }

    private Map<String, Object> promise(String amount, LocalDate due) {
        return Map.of("accountId", account, "type", "PROMISE", "amount", amount, "dueDate", due.toString());
    }

    @Test
    void aPromiseIsStoredAndAnnouncedByPlanCreatedThenPaymentPromisedOnTheTopic() {
        String planId = create(promise("200.00", today.plusDays(3))).statusCode(201)
                .body("type", equalTo("PROMISE"))
                .body("status", equalTo("ACTIVE"))
                .body("total", equalTo("200.00"))
                .body("termsVersion", equalTo(1))
                .body("installments", hasSize(1))
                .body("nextDue.graceEnd", equalTo(today.plusDays(8).toString()))
                .extract().path("id");

        var records = KafkaTopicProbe.awaitRecords(bootstrap, Topics.PAYMENT_EVENTS,
                r -> new String(r.value(), StandardCharsets.UTF_8).contains(planId), 2, WAIT);
        assertThat(records).extracting(r -> KafkaTopicProbe.header(r, "ce_type")).containsExactly(
                EventCatalog.typeOf(PaymentPlanCreated.class), EventCatalog.typeOf(PaymentPromised.class));
        assertThat(records).allSatisfy(r -> assertThat(r.key()).isEqualTo(account));
        assertThat(new String(records.get(1).value(), StandardCharsets.UTF_8))
                .contains("\"nextDueAmount\":\"200.00\"", "\"pauseContactUntil\":\"" + today.plusDays(8) + "\"");
    }

    @Test
    void aGeneratedInstallmentPlanAndASettlementByPercent() {
        create(Map.of("accountId", account, "type", "INSTALLMENT", "installmentAmount", "100.00", "count", 3,
                "frequency", "MONTHLY", "firstDueDate", today.plusDays(1).toString())).statusCode(201)
                .body("total", equalTo("300.00"))
                .body("installments.dueDate", equalTo(Schedules.dueDates(today.plusDays(1), 3, Frequency.MONTHLY)
                        .stream().map(LocalDate::toString).toList()));

        String other = fixtures.account(creditor, "1000.00", "0.00", "0.00", "0.00");
        create(Map.of("accountId", other, "type", "SETTLEMENT", "settlementPercent", "60", "count", 2,
                "frequency", "BIWEEKLY", "firstDueDate", today.toString())).statusCode(201)
                .body("total", equalTo("600.00"))
                .body("settlementPercent", equalTo("60"))
                .body("installments.amount", contains("300.00", "300.00"));
    }

    @Test
    void onlyOneActivePlanPerAccountAndACancelledPlanMakesRoomForANewOne() {
        String first = create(promise("100.00", today)).statusCode(201).extract().path("id");

        create(promise("100.00", today)).statusCode(409).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PaymentProblems.ACTIVE_PLAN_EXISTS)).body("planId", equalTo(first));

        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("reason", "DEBTOR_REQUEST")).post("/v1/payment-plans/{id}/cancel", first)
                .then().statusCode(200).body("status", equalTo("CANCELLED")).body("endReason", equalTo("DEBTOR_REQUEST"));
        assertThat(fixtures.events(PaymentPlanCancelled.class, first)).isEqualTo(1);
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("reason", "DEBTOR_REQUEST")).post("/v1/payment-plans/{id}/cancel", first)
                .then().statusCode(409).body("type", equalTo(PaymentProblems.PLAN_NOT_ACTIVE));

        create(promise("100.00", today)).statusCode(201);
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account).get("/v1/payment-plans")
                .then().statusCode(200).body("status", contains("ACTIVE", "CANCELLED"));
    }

    @Test
    void aPlanOutsideTheTermsIsRefusedNamingEveryRule() {
        create(Map.of("accountId", account, "type", "INSTALLMENT", "installmentAmount", "20.00", "count", 7,
                "frequency", "WEEKLY", "firstDueDate", today.plusDays(31).toString())).statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(PaymentProblems.PLAN_OUTSIDE_TERMS))
                .body("termsVersion", equalTo(1))
                .body("violations.field", contains("count", "firstDueDate", "installmentAmount"));
        create(Map.of("accountId", account, "type", "SETTLEMENT", "settlementAmount", "500.00", "dueDate",
                today.toString())).statusCode(422).body("violations.field", contains("settlementAmount"));
    }

    @Test
    void aMalformedPlanIsAValidationProblem() {
        create(Map.of("accountId", account, "type", "PROMISE", "amount", "10.001", "dueDate", today.toString()))
                .statusCode(400).body("type", equalTo(ProblemTypes.VALIDATION))
                .body("violations.field", contains("amount"));
        create(Map.of("accountId", account, "type", "LOAN")).statusCode(400);
    }

    @Test
    void noPlanWithoutTermsOrForAnUnknownAccount() {
        String stranger = fixtures.account("NOTERMS-" + UUID.randomUUID(), "100.00", "0", "0", "0");
        create(Map.of("accountId", stranger, "type", "PROMISE", "amount", "10.00", "dueDate", today.toString()))
                .statusCode(409).body("type", equalTo(PaymentProblems.TERMS_MISSING));
        create(Map.of("accountId", UUID.randomUUID().toString(), "type", "PROMISE", "amount", "10.00", "dueDate",
                today.toString())).statusCode(404);
    }

    @Test
    void aDisputeHoldRefusesPlansAndCancelsTheActiveOneUntilItIsLifted() {
        String planId = create(promise("100.00", today)).statusCode(201).extract().path("id");
        String hold = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, new ComplianceHoldPlaced(account, hold, "DISPUTE", null, "officer-1",
                Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> create(promise("100.00", today)).statusCode(409)
                .body("type", equalTo(PaymentProblems.PLAN_NOT_ALLOWED)).body("reason", equalTo("DISPUTED")));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/payment-plans/{id}", planId).then()
                .body("status", equalTo("CANCELLED")).body("endReason", equalTo("COMPLIANCE_HOLD"));

        CloudEventRecords.send(bootstrap, new ComplianceHoldLifted(account, hold, "DISPUTE", "verified", "officer-1",
                Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> create(promise("100.00", today)).statusCode(201));
    }

    @Test
    void aRecalledAccountTakesNoPlanAndItsPlanIsCancelled() {
        String planId = create(promise("100.00", today)).statusCode(201).extract().path("id");
        CloudEventRecords.send(bootstrap, new AccountRecalled(account, creditor, "creditor request", Instant.now()));

        await().atMost(WAIT).untilAsserted(() -> create(promise("100.00", today)).statusCode(409)
                .body("reason", equalTo("RECALLED")));
        assertThat(fixtures.payloads(PaymentPlanCancelled.class, planId)).singleElement().asString()
                .contains("ACCOUNT_RECALLED");
    }

    @Test
    void aCreditorSeesPlansOnItsOwnAccountsOnly() {
        String planId = create(promise("100.00", today)).statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/payment-plans/{id}", planId)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID())).get("/v1/payment-plans/{id}", planId)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID())).queryParam("accountId", account)
                .get("/v1/payment-plans").then().statusCode(404);
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(promise("1.00", today)).post("/v1/payment-plans").then().statusCode(403);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstPlan() {
        Map<String, Object> body = new HashMap<>(promise("100.00", today));
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.withRoles("agent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/payment-plans").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(TestTokens.withRoles("agent")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/payment-plans").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account).get("/v1/payment-plans")
                .then().body("id", hasItem(first)).body("$", hasSize(1));
    }
}
