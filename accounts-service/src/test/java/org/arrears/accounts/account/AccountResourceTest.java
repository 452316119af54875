package org.arrears.accounts.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.arrears.events.Topics;
import org.arrears.platform.event.CloudEventHeaders;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class AccountResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String creditor = "ACME-" + UUID.randomUUID();

    @Test
    void placingAnAccountStoresItAndPublishesAccountPlaced() throws Exception {
        String ref = "REF-" + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account(ref, "USD", "1250.00"))
                .when().post("/v1/accounts")
                .then().statusCode(201)
                .header("Location", notNullValue())
                .body("creditorId", equalTo(creditor))
                .body("balances.principal", equalTo("1250.00"))
                .body("status", equalTo("ASSIGNED"))
                .extract().path("id");

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicProbe.awaitRecords(bootstrap, Topics.ACCOUNT_EVENTS,
                r -> id.equals(r.key()), 1, Duration.ofSeconds(60));
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE))
                .isEqualTo("org.arrears.account.placed.v1");
        assertThat(CloudEventHeaders.read(record.headers(), CloudEventHeaders.SOURCE))
                .isEqualTo("/arrears/accounts-service");
        JsonNode data = new ObjectMapper().readTree(record.value());
        assertThat(data.get("accountId").asText()).isEqualTo(id);
        assertThat(data.get("creditorRef").asText()).isEqualTo(ref);
        assertThat(data.get("balances").get("principal").asText()).isEqualTo("1250.00");
        assertThat(data.get("state").asText()).isEqualTo("MA");
    }

    @Test
    void placingTheSameReferenceAgainReturnsTheExistingAccount() {
        String ref = "REF-" + UUID.randomUUID();
        String first = given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account(ref, "USD", "10.00")).post("/v1/accounts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account(ref, "USD", "10.00")).post("/v1/accounts")
                .then().statusCode(200).body("id", equalTo(first));
    }

    @Test
    void aRetriedPostWithItsIdempotencyKeyReplaysTheFirstResponse() {
        String key = UUID.randomUUID().toString();
        String body = account("REF-" + UUID.randomUUID(), "USD", "10.00");
        String first = given().auth().oauth2(TestTokens.creditor(creditor)).header(IdempotencyKeys.HEADER, key)
                .contentType(ContentType.JSON).body(body).post("/v1/accounts")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(TestTokens.creditor(creditor)).header(IdempotencyKeys.HEADER, key)
                .contentType(ContentType.JSON).body(body).post("/v1/accounts")
                .then().statusCode(201).header(IdempotencyKeys.REPLAYED_HEADER, "true").body("id", equalTo(first));
    }

    @Test
    void anotherCreditorGets404AndStaffSeeTheAccount() {
        String id = given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account("REF-" + UUID.randomUUID(), "USD", "10.00")).post("/v1/accounts")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID())).get("/v1/accounts/" + id)
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo(ProblemTypes.NOT_FOUND));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/" + id)
                .then().statusCode(200).body("creditorId", equalTo(creditor))
                .body("balances.principal", equalTo("10.00"));
        given().get("/v1/accounts/" + id).then().statusCode(401);
        given().auth().oauth2(TestTokens.withRoles("dialer")).get("/v1/accounts/" + id).then().statusCode(403);
    }

    @Test
    void unknownCurrencyAndZeroBalanceAreNamedProblems() {
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account("REF-" + UUID.randomUUID(), "ABC", "10.00")).post("/v1/accounts")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations.field", hasItem("currency"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account("REF-" + UUID.randomUUID(), "USD", "0.00")).post("/v1/accounts")
                .then().statusCode(400).body("violations.field", hasItem("balances"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account("REF-" + UUID.randomUUID(), "USD", "-5.00")).post("/v1/accounts")
                .then().statusCode(400).body("violations.field", hasItem("balances.principal"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(account("REF-" + UUID.randomUUID(), "USD", "10.001")).post("/v1/accounts")
                .then().statusCode(400).body("violations.field", hasItem("balances.principal"));
    }

    static String account(String ref, String currency, String principal) {
        return """
                {"creditorRef": "%s", "accountType": "CREDIT_CARD", "currency": "%s",
                 "balances": {"principal": "%s", "interest": "0", "fees": "0", "costs": "0"},
                 "firstDelinquencyDate": "2025-09-01", "chargeOffDate": "2026-03-01",
                 "debtor": {"state": "MA", "postalCode": "02134"}}
                """.formatted(ref, currency, principal);
    }
}
