package org.arrears.accounts.assignment;

import static io.restassured.RestAssured.given;
import static org.arrears.accounts.AccountFixtures.minimalAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.UUID;

import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class StrategyResourceTest {

    @Test
    void opsReplaceTheStrategyAndNewPlacementsFollowIt() {
        String creditor = "STRAT-" + UUID.randomUUID();
        String strategy = """
                {"rules": [
                  {"name": "vip", "match": {"creditorIds": ["%s"], "states": ["MA"], "maxBalance": "100.00"},
                   "queue": "vip-small", "priority": 5, "challenger": {"queue": "vip-test", "percent": 50}},
                  {"name": "default", "match": {}, "queue": "general", "priority": 50}]}
                """.formatted(creditor);
        int before = given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/strategies/current")
                .then().statusCode(200).extract().path("version");
        int version = given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON).body(strategy)
                .put("/v1/strategies/current").then().statusCode(200).body("strategy.rules[0].name", equalTo("vip"))
                .extract().path("version");
        assertThat(version).isGreaterThan(before);
        try {
            String queue = given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                    .body(minimalAccount("V-" + UUID.randomUUID(), "50.00")).post("/v1/accounts")
                    .then().statusCode(201).body("assignment.strategyVersion", equalTo(version))
                    .extract().path("assignment.queue");
            assertThat(queue).isIn("vip-small", "vip-test");
            given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                    .body(minimalAccount("V-" + UUID.randomUUID(), "500.00")).post("/v1/accounts")
                    .then().statusCode(201).body("assignment.queue", equalTo("general"));
        } finally {
            // Put the seeded rules back for the other tests (as a new version: history is never rewritten).
            given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON).body("""
                    {"rules": [
                      {"name": "high-balance", "match": {"minBalance": "5000.00"}, "queue": "high-balance", "priority": 10},
                      {"name": "fresh", "match": {"maxDaysSinceChargeOff": 180}, "queue": "early-stage", "priority": 20},
                      {"name": "default", "match": {}, "queue": "general", "priority": 50}]}
                    """).put("/v1/strategies/current").then().statusCode(200);
        }
    }

    @Test
    void anInvalidStrategyIsRefusedFieldByField() {
        given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON).body("""
                {"rules": [
                  {"name": "a", "match": {"minBalance": "10", "maxBalance": "5", "states": ["XX"]}, "queue": "Bad Queue",
                   "priority": 5, "challenger": {"queue": "x", "percent": 100}},
                  {"name": "a", "match": {"segments": ["prime"]}, "queue": "q", "priority": 1}]}
                """).put("/v1/strategies/current").then().statusCode(400)
                .body("violations.field", hasItems("rules[0].match.maxBalance", "rules[0].match.states[0]",
                        "rules[0].queue", "rules[0].challenger.percent", "rules[1].name", "rules[1].match"));
    }

    @Test
    void onlyOpsChangeTheStrategy() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body("{\"rules\": [{\"name\": \"d\", \"match\": {}, \"queue\": \"q\", \"priority\": 1}]}")
                .put("/v1/strategies/current").then().statusCode(403);
        given().auth().oauth2(TestTokens.creditor("C-" + UUID.randomUUID())).get("/v1/strategies/current")
                .then().statusCode(403);
    }
}
