package org.arrears.skiptrace.contactpoint;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.skiptrace.support.Events;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "skiptrace"))
class ContactPointApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CREDITORS = "+16175550181";
    private static final String DEBTORS = "+16175550182";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private String debtor;
    private String account;

    @BeforeEach
    void placed() {
        debtor = "dk-" + UUID.randomUUID();
        account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(), debtor, "02134",
                List.of(Events.creditorPhone(CREDITORS), new AccountPlaced.Phone("617 555 0182", "LANDLINE",
                        "DEBTOR", false))));
        await().atMost(WAIT).until(() -> points().statusCode() == 200);
    }

    @Test
    void pointsAreRankedWithSourcesAndTheDebtorsOwnWordFirst() {
        points().then().statusCode(200)
                .body("value", contains(DEBTORS, CREDITORS))
                .body("[0].kind", equalTo("PHONE"))
                .body("[0].type", equalTo("LANDLINE"))
                .body("[0].timeZones", contains("America/New_York"))
                .body("[0].status", equalTo("ACTIVE"))
                .body("[0].sources", contains("debtor"))
                .body("[1].sources", contains("creditor"));
    }

    @Test
    void anAgentsMarkSinksThePointAndTheNextLookupLeavesItOut() {
        String id = idOf(DEBTORS);

        status(id, "REVOKED").then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("statusChangedBy", equalTo(org.arrears.testkit.TokenMinter.DEFAULT_SUBJECT));
        points().then().body("value", contains(CREDITORS, DEBTORS)).body("[1].status", equalTo("REVOKED"));

        String request = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "reason", "STALE")).post("/v1/skiptrace-requests")
                .then().statusCode(202).extract().path("id");
        JsonPath done = await().atMost(WAIT).until(() -> given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/v1/skiptrace-requests/{id}", request).jsonPath(), j -> "COMPLETED".equals(j.getString("status")));
        assertThat(done.getList("result.phones.number")).containsExactly(CREDITORS);
    }

    @Test
    void confirmingAPointRanksItFirst() {
        status(idOf(CREDITORS), "CONFIRMED").then().statusCode(200).body("status", equalTo("CONFIRMED"))
                .body("confidence", equalTo(0.95f));

        points().then().body("value", contains(CREDITORS, DEBTORS));
    }

    @Test
    void badStatusesUnknownPointsAndUnknownDebtorsAreProblems() {
        String id = idOf(CREDITORS);
        status(id, "ACTIVE").then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.VALIDATION));
        status(id, "LOST").then().statusCode(400);
        status(UUID.randomUUID().toString(), "WRONG").then().statusCode(404);
        // a point of another debtor is not reachable through this debtor's path
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("status", "WRONG")).post("/v1/debtors/{k}/contact-points/{id}/status", "dk-other", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/debtors/{k}/contact-points", "dk-unknown")
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void onlyAgentsAndOpsMayReadOrMarkNotCreditorsOrServices() {
        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/debtors/{k}/contact-points", debtor)
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.creditor("ACME")).get("/v1/debtors/{k}/contact-points", debtor)
                .then().statusCode(403).body("type", equalTo(ProblemTypes.FORBIDDEN));
        given().auth().oauth2(TestTokens.withRoles("service")).get("/v1/debtors/{k}/contact-points", debtor)
                .then().statusCode(403);
        given().get("/v1/debtors/{k}/contact-points", debtor).then().statusCode(401);
        given().auth().oauth2(TestTokens.creditor("ACME")).contentType(ContentType.JSON)
                .body(Map.of("status", "WRONG"))
                .post("/v1/debtors/{k}/contact-points/{id}/status", debtor, idOf(CREDITORS)).then().statusCode(403);
    }

    private io.restassured.response.Response points() {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/debtors/{k}/contact-points", debtor);
    }

    private String idOf(String value) {
        List<Map<String, Object>> all = points().then().statusCode(200).extract().jsonPath().getList("");
        return all.stream().filter(p -> value.equals(p.get("value"))).map(p -> (String) p.get("id")).findFirst()
                .orElseThrow();
    }

    private io.restassured.response.Response status(String id, String status) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(Map.of("status", status)).post("/v1/debtors/{k}/contact-points/{id}/status", debtor, id);
    }
}
