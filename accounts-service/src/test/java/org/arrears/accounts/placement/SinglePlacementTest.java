package org.arrears.accounts.placement;

import static io.restassured.RestAssured.given;
import static org.arrears.accounts.AccountFixtures.events;
import static org.arrears.accounts.AccountFixtures.fullAccount;
import static org.arrears.accounts.AccountFixtures.minimalAccount;
import static org.arrears.accounts.AccountFixtures.types;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.UUID;

import org.arrears.accounts.AccountFixtures;
import org.arrears.accounts.AccountFixtures.Event;
import org.arrears.accounts.debtor.NationalIds;
import org.arrears.platform.problem.Problem;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class SinglePlacementTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "arrears.accounts.national-id-key")
    String nationalIdKey;

    private final String creditor = "ACME-" + UUID.randomUUID();

    @Test
    void aFullPlacementIsStoredAssignedAndPublishedWithoutTheNationalId() {
        String ref = "REF-" + UUID.randomUUID();
        String body = given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(fullAccount(ref, "6000.00"))
                .when().post("/v1/accounts")
                .then().statusCode(201)
                .body("status", equalTo("ASSIGNED"))
                .body("balances.total", equalTo("6017.50"))
                .body("assignment.queue", equalTo("high-balance"))
                .body("debtor.nationalIdLast4", equalTo("6789"))
                .body("debtor.phones.number", hasItems("+16175550123", "+12125550199"))
                .body("debtor.emails[0].address", equalTo("ada@example.com"))
                .body(not(containsString("123-45")))
                .extract().asString();
        String id = io.restassured.path.json.JsonPath.from(body).getString("id");

        List<Event> events = events(bootstrap, id, 3);
        assertThat(types(events)).containsExactly("org.arrears.account.placed.v1", "org.arrears.account.assigned.v1",
                "org.arrears.account.status-changed.v1");
        JsonNode placed = events.get(0).data();
        assertThat(placed.get("debtorKey").asText()).isEqualTo(new NationalIds(nationalIdKey).keyOf("123456789"))
                .hasSize(64);
        assertThat(placed.get("phones").get(0).get("number").asText()).isEqualTo("+16175550123");
        assertThat(placed.get("phones").get(0).get("type").asText()).isEqualTo("MOBILE");
        assertThat(placed.get("phones").get(0).get("source").asText()).isEqualTo("DEBTOR");
        assertThat(placed.get("phones").get(0).get("autodialConsent").asBoolean()).isTrue();
        assertThat(placed.get("phones").get(1).get("type").asText()).isEqualTo("LANDLINE");
        assertThat(placed.get("phones").get(1).get("source").asText()).isEqualTo("CREDITOR");
        assertThat(placed.get("phones").get(1).get("autodialConsent").asBoolean()).isFalse();
        assertThat(placed.get("emails").get(0).get("address").asText()).isEqualTo("ada@example.com");
        assertThat(placed.get("state").asText()).isEqualTo("MA");
        assertThat(placed.get("balances").get("interest").asText()).isEqualTo("12.50");

        JsonNode assigned = events.get(1).data();
        assertThat(assigned.get("queue").asText()).isEqualTo("high-balance");
        assertThat(assigned.get("priority").asInt()).isEqualTo(10);
        assertThat(assigned.get("strategyVersion").asInt()).isPositive();
        assertThat(assigned.get("creditorId").asText()).isEqualTo(creditor);
        JsonNode changed = events.get(2).data();
        assertThat(changed.get("from").asText()).isEqualTo("PLACED");
        assertThat(changed.get("to").asText()).isEqualTo("ASSIGNED");
        AccountFixtures.assertNoNationalIdIn(events);
    }

    @Test
    void placingTheSameReferenceTwiceKeepsOneAccountAndOneSetOfEvents() {
        String ref = "REF-" + UUID.randomUUID();
        String first = AccountFixtures.place(creditor, minimalAccount(ref, "10.00"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(minimalAccount(ref, "10.00")).post("/v1/accounts")
                .then().statusCode(200).body("id", equalTo(first));
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("creditorRef", ref).get("/v1/accounts")
                .then().statusCode(200).body("items.size()", equalTo(1));
        // Another creditor may use the same reference for its own account.
        String other = AccountFixtures.place("OTHER-" + UUID.randomUUID(), minimalAccount(ref, "10.00"));
        assertThat(other).isNotEqualTo(first);
    }

    @Test
    void everyInvalidFieldIsNamedInOneProblem() {
        String body = """
                {"creditorRef": "", "accountType": "CREDIT_CARD", "currency": "XYZ",
                 "balances": {"principal": "-1.00"}, "firstDelinquencyDate": "2025-09-01",
                 "chargeOffDate": "2999-01-01",
                 "debtor": {"dateOfBirth": "1800-01-01", "nationalId": "000-12-3456",
                   "addresses": [{"line1": "1 Main St", "city": "Boston", "state": "ZZ", "postalCode": "2134"}],
                   "phones": [{"number": "12345", "type": "pager"}],
                   "emails": [{"address": "not-an-email"}]}}
                """;
        String problem = given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON).body(body)
                .post("/v1/accounts")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations.field", hasItems("creditorRef", "currency", "balances.principal", "chargeOffDate",
                        "debtor.dateOfBirth", "debtor.nationalId", "debtor.addresses[0].state",
                        "debtor.addresses[0].postalCode", "debtor.phones[0].number", "debtor.phones[0].type",
                        "debtor.emails[0].address"))
                .extract().asString();
        assertThat(problem).doesNotContain("000-12-3456").doesNotContain("1800-01-01");
    }

    @Test
    void aZeroTotalAndTooManyDecimalsAreRefused() {
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(minimalAccount("REF-" + UUID.randomUUID(), "0.00")).post("/v1/accounts")
                .then().statusCode(400).body("violations.field", hasItems("balances"));
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .body(minimalAccount("REF-" + UUID.randomUUID(), "10.001")).post("/v1/accounts")
                .then().statusCode(400).body("violations.field", hasItems("balances.principal"));
    }

    @Test
    void onlyCreditorsPlace() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(minimalAccount("REF-" + UUID.randomUUID(), "10.00")).post("/v1/accounts")
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(minimalAccount("REF-" + UUID.randomUUID(), "10.00"))
                .post("/v1/accounts").then().statusCode(401);
    }
}
