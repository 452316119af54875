package org.arrears.payments.balance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class BalanceTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    private final String creditor = "ACME-" + UUID.randomUUID();

    @Test
    void accountPlacedOpensTheBalance() {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, "1250.00", "30.5"));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/v1/accounts/{id}/balance", account)
                .then().statusCode(200)
                .body("accountId", equalTo(account))
                .body("currency", equalTo("USD"))
                .body("balances.principal", equalTo("1250.00"))
                .body("balances.interest", equalTo("30.50"))
                .body("balances.fees", equalTo("0.00"))
                .body("balances.costs", equalTo("15.00"))
                .body("total", equalTo("1295.50")));
    }

    @Test
    void aRedeliveredOrRepeatedPlacementChangesNothing() throws SQLException {
        String account = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, "100.00", "0"), first);
        await().atMost(WAIT).until(() -> balance(account).statusCode() == 200);
        Map<String, Object> opened = balance(account).jsonPath().getMap("");

        CloudEventRecords.send(bootstrap, placed(account, "100.00", "0"), first);
        String second = CloudEventRecords.send(bootstrap, placed(account, "999.00", "9"));
        // Same key, same partition: once the second event is in the inbox, the redelivery before it was handled.
        await().atMost(WAIT).until(() -> inboxCount(second) == 1);

        assertThat(balance(account).jsonPath().getMap("")).isEqualTo(opened).containsEntry("total", "115.00");
        assertThat(inboxCount(first)).isEqualTo(1);
    }

    @Test
    void aCreditorSeesItsOwnBalanceAndAnotherCreditorGetsNotFound() {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, "10.00", "0"));
        await().atMost(WAIT).until(() -> balance(account).statusCode() == 200);

        given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/accounts/{id}/balance", account)
                .then().statusCode(200).body("accountId", equalTo(account));
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID()))
                .get("/v1/accounts/{id}/balance", account)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.NOT_FOUND))
                .body("detail", equalTo("Balance of account " + account + " does not exist"));
    }

    @Test
    void anUnknownAccountIsANotFoundProblem() {
        String account = UUID.randomUUID().toString();
        for (String role : List.of("agent", "ops", "service")) {
            given().auth().oauth2(TestTokens.withRoles(role)).get("/v1/accounts/{id}/balance", account)
                    .then().statusCode(404).contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo(ProblemTypes.NOT_FOUND));
        }
    }

    @Test
    void noTokenIs401AndAnotherRoleIs403() {
        String path = "/v1/accounts/" + UUID.randomUUID() + "/balance";
        given().get(path).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.UNAUTHORIZED));
        given().auth().oauth2(TestTokens.withRoles("dialer")).get(path).then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo(ProblemTypes.FORBIDDEN));
        given().auth().oauth2(TestTokens.withRoles("compliance")).get(path).then().statusCode(403);
    }

    private static Response balance(String account) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/{id}/balance", account);
    }

    private AccountPlaced placed(String account, String principal, String interest) {
        return new AccountPlaced(account, creditor, "REF-" + UUID.randomUUID(), "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(new BigDecimal(principal), new BigDecimal(interest), BigDecimal.ZERO,
                        new BigDecimal("15.00")),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2025-09-01"), "debtor-" + UUID.randomUUID(), "MA",
                "02134", List.of(), List.of(), Instant.now());
    }

    private long inboxCount(String eventId) {
        return InboxProbe.count(dataSource, eventId);
    }
}
