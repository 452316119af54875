package org.arrears.accounts.placement;

import static io.restassured.RestAssured.given;
import static org.arrears.accounts.AccountFixtures.minimalAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.arrears.accounts.AccountFixtures;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class BulkPlacementTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    private final String creditor = "BULK-" + UUID.randomUUID();

    private JsonPath post(String contentType, String body, int status) {
        return given().auth().oauth2(TestTokens.creditor(creditor)).contentType(contentType).body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/v1/placements")
                .then().statusCode(status).header("Location", containsString("/v1/placements/")).extract().jsonPath();
    }

    private List<Map<String, Object>> errors(String jobId) {
        return given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/placements/" + jobId + "/errors")
                .then().statusCode(200).extract().jsonPath().getList("errors");
    }

    @Test
    void ndjsonKeepsGoodRowsAndReportsBadOnesByLine() {
        String r1 = "N1-" + UUID.randomUUID(), r3 = "N3-" + UUID.randomUUID();
        String body = minimalAccount(r1, "100.00") + "\n"
                + "{not json\n"
                + minimalAccount(r3, "200.00") + "\n"
                + "\n"
                + minimalAccount("N5-" + UUID.randomUUID(), "-3.00") + "\n"
                + minimalAccount("N6-" + UUID.randomUUID(), "10.00").replace("\"2025-09-01\"", "\"2025-13-45\"") + "\n"
                + "{\"trailer\": {\"count\": 5, \"totalPrincipal\": \"297.00\"}}\n";
        JsonPath job = post("application/x-ndjson", body, 201);
        assertThat(job.getString("status")).isEqualTo("COMPLETED");
        // Five rows (blank lines are not rows); the trailer totals the principals that could be read.
        assertThat(job.getLong("counts.received")).isEqualTo(5);
        assertThat(job.getLong("counts.accepted")).isEqualTo(2);
        assertThat(job.getLong("counts.rejected")).isEqualTo(3);
        assertThat(job.getString("trailer.reconciliation")).isEqualTo("MATCHED");

        List<Map<String, Object>> errors = errors(job.getString("id"));
        assertThat(errors).extracting(e -> e.get("line"), e -> e.get("field"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, ""),
                        org.assertj.core.groups.Tuple.tuple(5, "balances.principal"),
                        org.assertj.core.groups.Tuple.tuple(6, "firstDelinquencyDate"));
        given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("creditorRef", r3).get("/v1/accounts")
                .then().statusCode(200).body("items[0].balances.principal", equalTo("200.00"))
                .body("items[0].status", equalTo("ASSIGNED"));
    }

    @Test
    void aJsonArrayIsPlacedAndATrailerMismatchIsReported() {
        String body = "[\n" + minimalAccount("J1-" + UUID.randomUUID(), "100.00") + ",\n"
                + minimalAccount("J2-" + UUID.randomUUID(), "50.00") + ",\n"
                + "{\"trailer\": {\"count\": 3, \"totalPrincipal\": \"150.00\"}}\n]";
        JsonPath job = post("application/json", body, 201);
        assertThat(job.getLong("counts.accepted")).isEqualTo(2);
        assertThat(job.getString("trailer.reconciliation")).isEqualTo("MISMATCH");
        assertThat(job.getList("trailer.mismatches", String.class)).singleElement().asString()
                .startsWith("count: the trailer says 3, the file has 2");
    }

    @Test
    void csvColumnsMapToTheAccountAndErrorsNameTheColumn() {
        String ok = "C1-" + UUID.randomUUID();
        String csv = """
                creditorRef,accountType,currency,principal,interest,firstDelinquencyDate,chargeOffDate,firstName,lastName,nationalId,addressLine1,city,state,postalCode,phone1,phone1Type,phone1Consent,email1
                %s,CREDIT_CARD,USD,120.00,3.50,2025-09-01,2026-03-01,Ada,Lovelace,123-45-6789,"1 Main St, Apt 2",Boston,MA,02134,617-555-0123,mobile,yes,ada@example.com
                C2-%s,CREDIT_CARD,USD,abc,0,2025-09-01,2026-03-01,Bob,Smith,,2 Main St,Boston,MA,02134,,,,
                C3-%s,CREDIT_CARD,USD,10.00,0,2025-09-01,2026-03-01,Cy,Young,,3 Main St,Boston,MA,02134,555,mobile,no,
                TRAILER,3,130.00
                """.formatted(ok, UUID.randomUUID(), UUID.randomUUID());
        JsonPath job = post("text/csv", csv, 201);
        assertThat(job.getLong("counts.received")).isEqualTo(3);
        assertThat(job.getLong("counts.accepted")).isEqualTo(1);
        assertThat(job.getLong("counts.rejected")).isEqualTo(2);
        // The unreadable principal is not in the file's total: 120.00 + 10.00.
        assertThat(job.getString("trailer.reconciliation")).isEqualTo("MATCHED");
        assertThat(errors(job.getString("id"))).extracting(e -> e.get("line"), e -> e.get("field"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "principal"),
                        org.assertj.core.groups.Tuple.tuple(4, "phone1"));
        given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("creditorRef", ok).get("/v1/accounts")
                .then().statusCode(200)
                .body("items[0].balances.interest", equalTo("3.50"))
                .body("items[0].debtor.nationalIdLast4", equalTo("6789"))
                .body("items[0].debtor.addresses[0].line1", equalTo("1 Main St, Apt 2"))
                .body("items[0].debtor.phones[0].number", equalTo("+16175550123"))
                .body("items[0].debtor.phones[0].autodialConsent", equalTo(true));
    }

    @Test
    void aRetriedPortfolioAndDuplicateRowsCreateNothingTwice() {
        String a = "D1-" + UUID.randomUUID(), b = "D2-" + UUID.randomUUID();
        String body = minimalAccount(a, "10.00") + "\n" + minimalAccount(b, "20.00") + "\n"
                + minimalAccount(a, "10.00") + "\n";
        JsonPath first = post("application/x-ndjson", body, 201);
        assertThat(first.getLong("counts.accepted")).isEqualTo(2);
        assertThat(first.getLong("counts.duplicate")).isEqualTo(1);
        JsonPath again = post("application/x-ndjson", body, 201);
        assertThat(again.getLong("counts.accepted")).isZero();
        assertThat(again.getLong("counts.duplicate")).isEqualTo(3);
        given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("creditorRef", a).get("/v1/accounts")
                .then().statusCode(200).body("items.size()", equalTo(1));
        String id = given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("creditorRef", a)
                .get("/v1/accounts").then().extract().path("items[0].id");
        // One AccountPlaced for the account, whichever placement ran first.
        List<AccountFixtures.Event> events = AccountFixtures.events(bootstrap, id, 3);
        assertThat(AccountFixtures.types(events)).containsOnlyOnce("org.arrears.account.placed.v1");
    }

    @Test
    void aBodyWithoutLengthIsQueuedAndPolledToTheEnd() {
        StringBuilder body = new StringBuilder();
        // Over the test profile's sync-max-bytes (64 KiB): queued, answered with 202.
        for (int i = 0; i < 300; i++) {
            body.append(minimalAccount("Q" + i + "-" + UUID.randomUUID(), "10.00")).append('\n');
        }
        String location = given().auth().oauth2(TestTokens.creditor(creditor)).contentType("application/x-ndjson")
                .body(new java.io.ByteArrayInputStream(body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .post("/v1/placements").then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(TestTokens.creditor(creditor))
                .get(location).then().statusCode(200).body("status", equalTo("COMPLETED"))
                .body("counts.accepted", equalTo(300)).body("progress.percent", equalTo(100)));
    }

    @Test
    void anotherCreditorCannotSeeAJobAndOnlyCreditorsPost() {
        String id = post("application/x-ndjson", minimalAccount("X-" + UUID.randomUUID(), "1.00"), 201).getString("id");
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID())).get("/v1/placements/" + id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID())).get("/v1/placements/" + id + "/errors")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/placements/" + id).then().statusCode(200)
                .body("creditorId", equalTo(creditor));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType("application/x-ndjson")
                .body(minimalAccount("X-" + UUID.randomUUID(), "1.00").getBytes()).post("/v1/placements").then().statusCode(403);
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType("text/plain").body("x")
                .post("/v1/placements").then().statusCode(415);
    }
}
