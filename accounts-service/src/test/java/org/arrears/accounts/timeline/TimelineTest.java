package org.arrears.accounts.timeline;

import static io.restassured.RestAssured.given;
import static org.arrears.accounts.AccountFixtures.minimalAccount;
import static org.arrears.accounts.AccountFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class TimelineTest {

    private final String creditor = "TL-" + UUID.randomUUID();

    @Test
    void theTimelineListsEveryEventInOrderAndPages() {
        String id = place(creditor, minimalAccount("T-" + UUID.randomUUID(), "10.00"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON).body("{}")
                .post("/v1/accounts/" + id + "/recall").then().statusCode(200);

        JsonPath all = given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/accounts/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        assertThat(all.getList("events.type", String.class)).containsExactly("org.arrears.account.placed.v1",
                "org.arrears.account.assigned.v1", "org.arrears.account.status-changed.v1",
                "org.arrears.account.status-changed.v1", "org.arrears.account.recalled.v1",
                "org.arrears.account.closed.v1");
        assertThat(all.getList("events.direction", String.class)).containsOnly("PUBLISHED");
        assertThat(all.getString("events[0].data.creditorRef")).startsWith("T-");
        List<Long> seqs = all.getList("events.seq", Long.class);
        assertThat(seqs).isSorted();

        JsonPath first = given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("limit", 4)
                .get("/v1/accounts/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(first.getList("events")).hasSize(4);
        long after = first.getLong("nextAfter");
        JsonPath rest = given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("after", after)
                .get("/v1/accounts/" + id + "/timeline").then().statusCode(200).extract().jsonPath();
        assertThat(rest.getList("events.type", String.class)).containsExactly("org.arrears.account.recalled.v1",
                "org.arrears.account.closed.v1");
    }
}
