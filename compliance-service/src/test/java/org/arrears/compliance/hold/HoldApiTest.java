package org.arrears.compliance.hold;

import static io.restassured.RestAssured.given;
import static org.arrears.compliance.support.Debts.call;
import static org.arrears.compliance.support.Debts.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.arrears.compliance.support.Debts;
import org.arrears.events.Topics;
import org.arrears.platform.problem.Problem;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class HoldApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void aHoldStopsContactUntilReleasedAndBothAreEvents() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String holdId = place("compliance", account, "BANKRUPTCY").then().statusCode(201)
                .header("Location", endsWith("/v1/holds/" + holdIdOf(account)))
                .body("type", equalTo("BANKRUPTCY")).body("placedBy", notNullValue()).extract().path("holdId");
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then()
                .body("reasons.code", contains("BANKRUPTCY_STAY"));
        given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/{id}/profile", account).then()
                .body("holds[0].holdId", equalTo(holdId)).body("holds[0].releasedAt", equalTo(null));

        release("compliance", holdId, Map.of("reason", "case dismissed")).then().statusCode(200)
                .body("releaseReason", equalTo("case dismissed"));
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then().body("decision", equalTo("ALLOW"));

        var records = KafkaTopicProbe.awaitRecords(bootstrap, Topics.COMPLIANCE_EVENTS,
                r -> account.equals(r.key()), 2, Debts.WAIT);
        assertThat(records).extracting(r -> KafkaTopicProbe.header(r, "ce_type")).containsExactly(
                "org.arrears.compliance.hold-placed.v1", "org.arrears.compliance.hold-lifted.v1");
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).contains(holdId, "BANKRUPTCY");
        release("compliance", holdId, Map.of("reason", "again")).then().statusCode(409)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aSecondHoldOfTheSameTypeIsAConflictNamingTheFirst() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String first = place("compliance", account, "ATTORNEY").then().statusCode(201).extract().path("holdId");
        place("compliance", account, "ATTORNEY").then().statusCode(409).body("holdId", equalTo(first));
    }

    @Test
    void aRetriedPlacementWithTheSameKeyReplaysTheFirstAnswer() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("accountId", account, "type", "CEASE");
        String first = given().auth().oauth2(TestTokens.withRoles("compliance")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/holds").then().statusCode(201)
                .extract().path("holdId");
        given().auth().oauth2(TestTokens.withRoles("compliance")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/v1/holds").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("holdId", equalTo(first));
    }

    @Test
    void agentsMayPlaceCeaseAndDisputeOnly() {
        String account = Debts.open(bootstrap, "GA", "30301");
        place("agent", account, "CEASE").then().statusCode(201);
        place("agent", account, "BANKRUPTCY").then().statusCode(403).contentType(Problem.MEDIA_TYPE);
        place("dialer", account, "CEASE").then().statusCode(403);
        String holdId = place("compliance", account, "SCRA").then().statusCode(201).extract().path("holdId");
        release("agent", holdId, Map.of("reason", "x")).then().statusCode(403);
    }

    @Test
    void aDisputeStaysPendingUntilReleasedWithVerification() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String first = place("agent", account, "DISPUTE").then().statusCode(201).extract().path("holdId");
        release("compliance", first, Map.of("reason", "withdrawn by phone")).then().statusCode(200);
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then()
                .body("reasons.code", contains("DISPUTE_PENDING"));

        String second = place("compliance", account, "DISPUTE").then().statusCode(201).extract().path("holdId");
        release("compliance", second, Map.of("reason", "verification mailed", "verificationSent", true)).then()
                .statusCode(200).body("verificationSent", equalTo(true));
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then().body("decision", equalTo("ALLOW"));
    }

    @Test
    void badRequestsAreProblems() {
        place("compliance", UUID.randomUUID().toString(), "CEASE").then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("compliance")).contentType(ContentType.JSON)
                .body(Map.of("accountId", "a", "type", "VACATION")).post("/v1/holds").then().statusCode(400)
                .body("violations[0].field", equalTo("type"));
        release("compliance", UUID.randomUUID().toString(), Map.of("reason", "x")).then().statusCode(404);
        String account = Debts.open(bootstrap, "GA", "30301");
        String holdId = place("compliance", account, "LITIGATION").then().extract().path("holdId");
        release("compliance", holdId, Map.of()).then().statusCode(400).body("violations[0].field", equalTo("reason"));
    }

    private static Response place(String role, String account, String type) {
        return given().auth().oauth2(TestTokens.withRoles(role)).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "type", type, "note", "test")).post("/v1/holds");
    }

    private static Response release(String role, String holdId, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.withRoles(role)).contentType(ContentType.JSON).body(body)
                .post("/v1/holds/{id}/release", holdId);
    }

    private static String holdIdOf(String account) {
        return given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/{id}/profile", account)
                .then().extract().path("holds[0].holdId");
    }
}
