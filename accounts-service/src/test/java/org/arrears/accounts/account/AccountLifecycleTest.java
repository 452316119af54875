package org.arrears.accounts.account;

import static io.restassured.RestAssured.given;
import static org.arrears.accounts.AccountFixtures.minimalAccount;
import static org.arrears.accounts.AccountFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.arrears.accounts.AccountFixtures;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class AccountLifecycleTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String creditor = "LIFE-" + UUID.randomUUID();

    @Test
    void aRecallClosesTheAccountAndEmitsItsEventsInOrder() {
        String id = place(creditor, minimalAccount("R-" + UUID.randomUUID(), "10.00"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body("{\"reason\": \"sold\"}").post("/v1/accounts/" + id + "/recall")
                .then().statusCode(200).body("status", equalTo("RECALLED")).body("closedReason", equalTo("RECALLED"));

        List<AccountFixtures.Event> events = AccountFixtures.events(bootstrap, id, 6);
        assertThat(AccountFixtures.types(events)).containsExactly("org.arrears.account.placed.v1",
                "org.arrears.account.assigned.v1", "org.arrears.account.status-changed.v1",
                "org.arrears.account.status-changed.v1", "org.arrears.account.recalled.v1",
                "org.arrears.account.closed.v1");
        assertThat(events.get(3).data().get("to").asText()).isEqualTo("RECALLED");
        assertThat(events.get(4).data().get("reason").asText()).isEqualTo("sold");
        assertThat(events.get(5).data().get("reason").asText()).isEqualTo("RECALLED");

        // A recalled account is final: a second recall and a close are illegal transitions.
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON).body("{}")
                .post("/v1/accounts/" + id + "/recall").then().statusCode(409)
                .body("type", equalTo(ProblemTypes.of("illegal-status-transition")));
        given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON)
                .body("{\"reason\": \"UNCOLLECTABLE\"}").post("/v1/accounts/" + id + "/close")
                .then().statusCode(409);
    }

    @Test
    void opsCloseWithAKnownReasonOnly() {
        String id = place(creditor, minimalAccount("C-" + UUID.randomUUID(), "10.00"));
        given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON)
                .body("{\"reason\": \"BORED\"}").post("/v1/accounts/" + id + "/close")
                .then().statusCode(400).body("violations[0].field", equalTo("reason"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body("{\"reason\": \"UNCOLLECTABLE\"}").post("/v1/accounts/" + id + "/close")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON)
                .body("{\"reason\": \"UNCOLLECTABLE\"}").post("/v1/accounts/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("closedReason", equalTo("UNCOLLECTABLE"));
        List<AccountFixtures.Event> events = AccountFixtures.events(bootstrap, id, 5);
        assertThat(events.get(4).type()).isEqualTo("org.arrears.account.closed.v1");
        assertThat(events.get(4).data().get("reason").asText()).isEqualTo("UNCOLLECTABLE");
    }

    @Test
    void concurrentRecallsLeaveExactlyOneWinner() throws Exception {
        String id = place(creditor, minimalAccount("CC-" + UUID.randomUUID(), "10.00"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                        .body("{}").post("/v1/accounts/" + id + "/recall").then().extract().statusCode());
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).containsOnlyOnce(200).allMatch(c -> c == 200 || c == 409);
        } finally {
            pool.shutdownNow();
        }
        // Exactly one AccountRecalled whatever the interleaving.
        List<AccountFixtures.Event> events = AccountFixtures.events(bootstrap, id, 6);
        assertThat(AccountFixtures.types(events)).containsOnlyOnce("org.arrears.account.recalled.v1");
    }

    @Test
    void theListPagesWithACursorAndACreditorSeesOnlyItsOwn() {
        String mine = "PAGE-" + UUID.randomUUID();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(place(mine, minimalAccount("P" + i + "-" + UUID.randomUUID(), "10.00")));
        }
        place("STRANGER-" + UUID.randomUUID(), minimalAccount("S-" + UUID.randomUUID(), "10.00"));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().auth().oauth2(TestTokens.creditor(mine)).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/v1/accounts").then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            assertThat(page.getList("items.creditorId", String.class)).allMatch(mine::equals);
            cursor = page.getString("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).containsExactlyElementsOf(ids);
        assertThat(pages).isEqualTo(3);

        given().auth().oauth2(TestTokens.creditor(mine)).queryParam("status", "RECALLED").get("/v1/accounts")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("nextCursor", nullValue());
        given().auth().oauth2(TestTokens.creditor(mine)).queryParam("status", "NOPE").get("/v1/accounts")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.creditor(mine)).queryParam("cursor", "garbage").get("/v1/accounts")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.creditor(mine)).queryParam("placedAfter", "2999-01-01T00:00:00Z")
                .get("/v1/accounts").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anotherCreditorGets404OnEveryAccountEndpoint() {
        String id = place(creditor, minimalAccount("I-" + UUID.randomUUID(), "10.00"));
        String stranger = TestTokens.creditor("OTHER-" + UUID.randomUUID());
        given().auth().oauth2(stranger).get("/v1/accounts/" + id).then().statusCode(404);
        given().auth().oauth2(stranger).get("/v1/accounts/" + id + "/timeline").then().statusCode(404);
        given().auth().oauth2(stranger).contentType(ContentType.JSON).body("{}")
                .post("/v1/accounts/" + id + "/recall").then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/" + id + "/timeline")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/accounts/" + id).then().statusCode(200)
                .body("status", equalTo("ASSIGNED"));
    }
}
