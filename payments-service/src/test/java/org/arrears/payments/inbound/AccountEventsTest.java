package org.arrears.payments.inbound;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.events.account.AccountClosed;
import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.BalanceAdjusted;
import org.arrears.events.payment.PaymentPlanCancelled;
import org.arrears.payments.PaymentProblems;
import org.arrears.payments.support.Fixtures;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** accounts-service's events as they arrive on the account topic: adjustments and closures. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class AccountEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    Fixtures fixtures;
    @Inject
    DataSource dataSource;

    private final String creditor = "ACME-" + UUID.randomUUID();
    private String account;

    @BeforeEach
    void account() {
        Fixtures.putTerms(creditor, Fixtures.terms());
        account = fixtures.account(creditor, "500.00", "50.00", "0.00", "0.00");
    }

    private ValidatableResponse balance() {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/{id}/balance", account).then();
    }

    private BalanceAdjusted adjusted(String cause, String principalChange) {
        BigDecimal z = BigDecimal.ZERO;
        return new BalanceAdjusted(account, creditor, "USD", new AccountPlaced.Balances(z, z, z, z),
                new AccountPlaced.Balances(new BigDecimal(principalChange), z, z, z), cause,
                UUID.randomUUID().toString(), Instant.now());
    }

    @Test
    void aManualAdjustmentChangesTheBucketsByItsDelta() {
        String id = CloudEventRecords.send(bootstrap, adjusted("ADJUSTMENT", "-120.00"));

        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, id));
        balance().body("balances.principal", equalTo("380.00")).body("total", equalTo("430.00"));
    }

    @Test
    void adjustmentsEchoingThisServicesPaymentsAreNotAppliedTwice() {
        String echo = CloudEventRecords.send(bootstrap, adjusted("PAYMENT_POSTED", "-100.00"));
        String reversal = CloudEventRecords.send(bootstrap, adjusted("PAYMENT_REVERSED", "100.00"));

        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, echo) && InboxProbe.applied(dataSource, reversal));
        balance().body("total", equalTo("550.00"));
    }

    @Test
    void aClosedAccountEndsItsPlanAndTakesNoNewOne() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Map<String, Object> promise = Map.of("accountId", account, "type", "PROMISE", "amount", "100.00", "dueDate",
                today.toString());
        String planId = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(promise).post("/v1/payment-plans").then().statusCode(201).extract().path("id");

        String id = CloudEventRecords.send(bootstrap, new AccountClosed(account, creditor, "UNCOLLECTABLE",
                Instant.now()));

        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, id));
        balance().body("status", equalTo("CLOSED"));
        assertThat(fixtures.payloads(PaymentPlanCancelled.class, planId)).singleElement().asString()
                .contains("ACCOUNT_CLOSED");
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON).body(promise)
                .post("/v1/payment-plans").then().statusCode(409)
                .body("type", equalTo(PaymentProblems.PLAN_NOT_ALLOWED)).body("reason", equalTo("CLOSED"));
    }
}
