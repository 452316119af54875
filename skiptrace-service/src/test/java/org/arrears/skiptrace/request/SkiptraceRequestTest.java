package org.arrears.skiptrace.request;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "skiptrace"))
class SkiptraceRequestTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final AccountPlaced.Phone MOBILE = new AccountPlaced.Phone("+16175550100", "MOBILE", "CREDITOR",
            true);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    @Test
    void anAccountPlacedWithoutPhonesGetsANoPhoneRequest() {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, List.of()));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.withRoles("agent"))
                .queryParam("accountId", account).get("/v1/skiptrace-requests")
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].id", notNullValue())
                .body("[0].accountId", equalTo(account))
                .body("[0].reason", equalTo("NO_PHONE"))
                .body("[0].status", oneOf("PENDING", "RUNNING", "COMPLETED"))
                .body("[0].requestedAt", notNullValue()));
    }

    @Test
    void anAccountPlacedWithAPhoneGetsNoRequest() throws SQLException {
        String account = UUID.randomUUID().toString();
        String event = CloudEventRecords.send(bootstrap, placed(account, List.of(MOBILE)));
        await().atMost(WAIT).until(() -> inboxCount(event) == 1);

        assertThat(requests(account).jsonPath().getList("")).isEmpty();
    }

    @Test
    void aRedeliveredOrRepeatedPlacementOpensNoSecondRequest() throws SQLException {
        String account = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, List.of()), first);
        await().atMost(WAIT).until(() -> requests(account).jsonPath().getList("").size() == 1);
        String requestId = requests(account).jsonPath().getString("[0].id");

        CloudEventRecords.send(bootstrap, placed(account, List.of()), first);
        String second = CloudEventRecords.send(bootstrap, placed(account, List.of()));
        // Same key, same partition: once the second event is in the inbox, the redelivery before it was handled.
        await().atMost(WAIT).until(() -> inboxCount(second) == 1);

        requests(account).then().body("", hasSize(1)).body("[0].id", equalTo(requestId));
        assertThat(inboxCount(first)).isEqualTo(1);
    }

    @Test
    void listingWithoutAnAccountIdIsAValidationProblem() {
        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/skiptrace-requests")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("violations.field", hasItem("accountId"));
    }

    @Test
    void agentsOpsAndServicesMayListAndNoOneElse() {
        for (String role : List.of("agent", "ops", "service")) {
            given().auth().oauth2(TestTokens.withRoles(role)).queryParam("accountId", UUID.randomUUID().toString())
                    .get("/v1/skiptrace-requests").then().statusCode(200).body("", hasSize(0));
        }
        given().queryParam("accountId", "A-1").get("/v1/skiptrace-requests")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.UNAUTHORIZED));
        given().auth().oauth2(TestTokens.creditor("ACME-" + UUID.randomUUID())).queryParam("accountId", "A-1")
                .get("/v1/skiptrace-requests").then().statusCode(403).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.FORBIDDEN));
        given().auth().oauth2(TestTokens.withRoles("dialer")).queryParam("accountId", "A-1")
                .get("/v1/skiptrace-requests").then().statusCode(403);
    }

    private static Response requests(String account) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account)
                .get("/v1/skiptrace-requests");
    }

    private static AccountPlaced placed(String account, List<AccountPlaced.Phone> phones) {
        return new AccountPlaced(account, "ACME-" + UUID.randomUUID(), "REF-" + UUID.randomUUID(), "CREDIT_CARD",
                "USD", new AccountPlaced.Balances(new BigDecimal("250.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                null, LocalDate.parse("2025-09-01"), "debtor-" + UUID.randomUUID(), "MA", "02134", phones, List.of(),
                Instant.now());
    }

    private long inboxCount(String eventId) {
        return InboxProbe.count(dataSource, eventId);
    }
}
