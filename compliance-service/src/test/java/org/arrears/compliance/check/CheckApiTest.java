package org.arrears.compliance.check;

import static io.restassured.RestAssured.given;
import static org.arrears.compliance.support.Debts.call;
import static org.arrears.compliance.support.Debts.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.compliance.support.Debts;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class CheckApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    @Test
    void aLawfulCallIsAllowedWithItsZonesAndNothingRecorded() {
        String account = Debts.open(bootstrap, "GA", "30301");
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then().statusCode(200)
                .body("checkId", notNullValue())
                .body("decision", equalTo("ALLOW"))
                .body("reasons", empty())
                .body("nextEligibleAt", nullValue())
                .body("timeZones", contains("America/New_York"))
                .body("recorded", equalTo(false))
                .body("ruleSetVersion", equalTo("jurisdictions 2026-11-23.1, limitations 2026-11-23.1"));
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", account))
                .isZero();
    }

    @Test
    void everyViolatedRuleIsListedWithItsCitation() {
        String account = Debts.open(bootstrap, "GA", "30301");
        given().auth().oauth2(TestTokens.withRoles("compliance")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "type", "CEASE")).post("/v1/holds").then().statusCode(201);
        // 03:00 UTC is 22:00 in Atlanta: both the hour and the cease apply; the cease makes waiting useless.
        check("dialer", Map.of("accountId", account, "channel", "CALL", "destination", Debts.MOBILE,
                "at", "2026-12-02T03:00:00Z", "autodialed", true)).then().statusCode(200)
                .body("decision", equalTo("DENY"))
                .body("reasons.code", hasItems("INCONVENIENT_TIME", "CEASE_COMMUNICATION"))
                .body("reasons.find { it.code == 'INCONVENIENT_TIME' }.citation", equalTo("12 CFR 1006.6(b)(1)(i)"))
                .body("nextEligibleAt", nullValue());
    }

    @Test
    void aDeniedCallSaysWhenItBecomesLawful() {
        String account = Debts.open(bootstrap, "CA", "94105");
        // Atlanta number, California address: 8:00 Pacific is 11:00 Eastern, the first time in both windows.
        check("service", call(account, "2026-12-01T14:00:00Z", false)).then().statusCode(200)
                .body("decision", equalTo("DENY"))
                .body("reasons.code", contains("INCONVENIENT_TIME"))
                .body("timeZones", contains("America/Los_Angeles", "America/New_York"))
                .body("nextEligibleAt", equalTo("2026-12-01T16:00:00Z"));
    }

    @Test
    void recordedCallsAreCountedUntilTheEighthIsRefused() {
        String account = Debts.open(bootstrap, "GA", "30301");
        for (int i = 0; i < 7; i++) {
            check("dialer", call(account, "2026-12-01T" + (14 + i) + ":00:00Z", true)).then().statusCode(200)
                    .body("decision", equalTo("ALLOW")).body("recorded", equalTo(true));
        }
        check("dialer", call(account, "2026-12-01T21:30:00Z", true)).then().statusCode(200)
                .body("decision", equalTo("DENY"))
                .body("reasons.code", contains("CALL_FREQUENCY_7_IN_7"))
                .body("reasons[0].message", equalTo("7 calls already placed in the 7-day period starting 2026-11-25"))
                .body("nextEligibleAt", equalTo("2026-12-08T13:00:00Z"))
                .body("recorded", equalTo(false));
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", account))
                .isEqualTo(7);
    }

    @Test
    void aDispositionCompletesTheRecordedCallInsteadOfCountingItTwice() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String checkId = check("dialer", call(account, "2026-12-01T15:00:00Z", true)).then().statusCode(200)
                .extract().path("checkId");
        String attemptId = UUID.randomUUID().toString();
        String event = CloudEventRecords.send(bootstrap, new ContactAttempted(account, attemptId, null, checkId,
                "CALL", Debts.MOBILE, "OUTBOUND", "RIGHT_PARTY_CONTACT", Instant.parse("2026-12-01T15:00:05Z"), 120,
                "agent-1", "DIALER"));
        await().atMost(Debts.WAIT).until(() -> org.arrears.testkit.InboxProbe.count(dataSource, event) == 1);

        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", account))
                .isEqualTo(1);
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ? AND "
                + "attempt_id = ? AND conversation AND check_id = ?::uuid", account, attemptId, checkId)).isEqualTo(1);
        // The conversation now starts the 7-day quiet period.
        check("dialer", call(account, "2026-12-03T15:00:00Z", false)).then()
                .body("reasons.code", contains("CALL_AFTER_CONVERSATION"))
                .body("nextEligibleAt", equalTo("2026-12-08T13:00:00Z"));
    }

    @Test
    void aRetriedRecordedCheckWithTheSameKeyIsCountedOnce() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String key = UUID.randomUUID().toString();
        String first = given().auth().oauth2(TestTokens.withRoles("dialer")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(call(account, "2026-12-01T15:00:00Z", true)).post("/v1/checks")
                .then().statusCode(200).extract().path("checkId");
        given().auth().oauth2(TestTokens.withRoles("dialer")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(call(account, "2026-12-01T15:00:00Z", true)).post("/v1/checks")
                .then().statusCode(200).header("Idempotent-Replayed", "true").body("checkId", equalTo(first));
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", account))
                .isEqualTo(1);
    }

    @Test
    void everyDecisionIsStoredForComplianceOfficers() {
        String account = Debts.open(bootstrap, "GA", "30301");
        String allowed = check("dialer", call(account, "2026-12-01T15:00:00Z", true)).then().extract().path("checkId");
        String denied = check("agent", call(account, "2026-12-02T03:00:00Z", false)).then().extract().path("checkId");

        var decisions = given().auth().oauth2(TestTokens.withRoles("compliance"))
                .queryParam("accountId", account).get("/v1/decisions").then().statusCode(200).extract().jsonPath();
        assertThat(decisions.getList("checkId")).containsExactly(allowed, denied);
        assertThat(decisions.getList("decision")).containsExactly("ALLOW", "DENY");
        assertThat(decisions.getList("callerRoles")).containsExactly(List.of("dialer"), List.of("agent"));
        assertThat(decisions.getString("[0].request.at")).isEqualTo("2026-12-01T15:00:00Z");
        assertThat(decisions.getBoolean("[0].request.record")).isTrue();
        assertThat(decisions.getBoolean("[0].recorded")).isTrue();
        assertThat(decisions.getString("[1].reasons[0].code")).isEqualTo("INCONVENIENT_TIME");
        assertThat(decisions.getString("[1].ruleSetVersion")).startsWith("jurisdictions ");

        given().auth().oauth2(TestTokens.withRoles("dialer")).queryParam("accountId", account).get("/v1/decisions")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("compliance")).queryParam("accountId", account)
                .queryParam("from", "yesterday").get("/v1/decisions").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void anUnknownAccountIsANotFoundProblem() {
        check("dialer", call(UUID.randomUUID().toString(), "2026-12-01T15:00:00Z", false)).then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo(ProblemTypes.NOT_FOUND));
    }

    @Test
    void malformedInputNamesTheField() {
        check("dialer", Map.of("accountId", "a", "channel", "FAX", "destination", Debts.MOBILE)).then()
                .statusCode(400).contentType(Problem.MEDIA_TYPE).body("violations[0].field", equalTo("channel"));
        check("dialer", Map.of("accountId", "a", "channel", "CALL", "destination", "617-555-0123")).then()
                .statusCode(400).body("violations[0].field", equalTo("destination"));
        check("dialer", Map.of("channel", "EMAIL", "destination", "p@example.com")).then()
                .statusCode(400).body("violations[0].field", equalTo("accountId"));
        check("dialer", Map.of("accountId", "a", "channel", "CALL", "destination", Debts.MOBILE, "at", "noon"))
                .then().statusCode(400).body("violations[0].field", equalTo("at"));
    }

    @Test
    void onlyContactRolesMayCheck() {
        Map<String, Object> body = call(UUID.randomUUID().toString(), "2026-12-01T15:00:00Z", false);
        for (String role : List.of("dialer", "service", "agent", "compliance")) {
            check(role, body).then().statusCode(404);
        }
        check("ops", body).then().statusCode(403);
        given().auth().oauth2(TestTokens.creditor("ACME")).contentType(ContentType.JSON).body(body)
                .post("/v1/checks").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/v1/checks").then().statusCode(401);
    }
}
