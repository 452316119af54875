package org.arrears.contact.disposition;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.contact.dispatch.Dispatcher;
import org.arrears.contact.support.Accounts;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.contact.support.FakeDialer;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class DispositionApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ATTEMPTED = "org.arrears.contact.attempted.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;
    @Inject
    Dispatcher dispatcher;

    private String account;
    private String first;
    private String second;

    @BeforeEach
    void accountWithTwoPhones() {
        account = Accounts.newId();
        first = Accounts.number();
        second = Accounts.number();
        Accounts.phones(bootstrap, account, Accounts.mobile(first, 0.9), Accounts.landline(second, 0.5));
        String assigned = Accounts.assign(bootstrap, account, Accounts.newQueue(), 10);
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, assigned));
    }

    @Test
    void theSameCallIdOverHttpAndOverTheTopicIsOneAttempt() throws SQLException {
        dispatcher.round();
        JsonNode request = new FakeDialer(bootstrap).awaitRequest(account, WAIT);
        String callId = "call-" + UUID.randomUUID();
        Map<String, Object> disposition = disposition(request.get("requestId").asText(), callId, first, "NO_ANSWER");

        String attemptId = given().auth().oauth2(TestTokens.withRoles("dialer")).contentType(ContentType.JSON)
                .body(Map.of("dispositions", List.of(disposition))).post("/v1/dispositions")
                .then().statusCode(200).body("[0].status", equalTo("RECORDED")).extract().path("[0].attemptId");
        given().auth().oauth2(TestTokens.withRoles("dialer")).contentType(ContentType.JSON)
                .body(Map.of("dispositions", List.of(disposition))).post("/v1/dispositions")
                .then().statusCode(200).body("[0].status", equalTo("DUPLICATE"))
                .body("[0].attemptId", equalTo(attemptId));
        String viaTopic = new FakeDialer(bootstrap).answer(request, callId, "NO_ANSWER", 20);
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, viaTopic));

        assertThat(count("SELECT count(*) FROM contact_attempt WHERE account_id = ?")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ? AND event_type = '" + ATTEMPTED + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM work_item WHERE account_id = ? AND open_request_id IS NULL "
                + "AND next_contact_at > now()")).as("request answered, next contact paced").isEqualTo(1);
    }

    @Test
    void aWrongNumberIsNotDialledAgain() throws SQLException {
        given().auth().oauth2(TestTokens.withRoles("dialer")).contentType(ContentType.JSON)
                .body(Map.of("dispositions", List.of(disposition(null, "call-" + UUID.randomUUID(), first,
                        "WRONG_NUMBER"))))
                .post("/v1/dispositions").then().statusCode(200).body("[0].status", equalTo("RECORDED"));

        assertThat(count("SELECT count(*) FROM contact_point WHERE account_id = ? AND bad_at IS NOT NULL"))
                .isEqualTo(1);
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(
                "UPDATE work_item SET next_contact_at = NULL WHERE account_id = ?")) {
            ps.setString(1, account);
            ps.executeUpdate();
        }
        dispatcher.round();
        JsonNode request = new FakeDialer(bootstrap).awaitRequest(account, WAIT);
        assertThat(request.get("destination").asText()).isEqualTo(second);
        assertThat(request.get("autodialAllowed").asBoolean()).as("a landline may be autodialled").isTrue();
    }

    @Test
    void aBadDispositionIsRefusedByFieldAndNothingIsRecorded() throws SQLException {
        Map<String, Object> bad = new java.util.HashMap<>(disposition(null, "call-" + UUID.randomUUID(), first,
                "DELIVERED"));
        bad.remove("startedAt");
        given().auth().oauth2(TestTokens.withRoles("dialer")).contentType(ContentType.JSON)
                .body(Map.of("dispositions", List.of(bad))).post("/v1/dispositions")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("violations", hasSize(2))
                .body("violations.field", org.hamcrest.Matchers.containsInAnyOrder("dispositions[0].outcome",
                        "dispositions[0].startedAt"));

        assertThat(count("SELECT count(*) FROM contact_attempt WHERE account_id = ?")).isZero();
    }

    @Test
    void onlyDialersReportDispositions() {
        Map<String, Object> body = Map.of("dispositions", List.of(disposition(null, "c-" + UUID.randomUUID(), first,
                "BUSY")));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON).body(body)
                .post("/v1/dispositions").then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).post("/v1/dispositions").then().statusCode(401);
    }

    private Map<String, Object> disposition(String requestId, String callId, String destination, String outcome) {
        Map<String, Object> d = new java.util.HashMap<>();
        d.put("accountId", account);
        d.put("requestId", requestId);
        d.put("callId", callId);
        d.put("checkId", "chk-" + callId);
        d.put("destination", destination);
        d.put("outcome", outcome);
        d.put("startedAt", Instant.now().minusSeconds(60).toString());
        d.put("durationSeconds", 30);
        d.put("agent", null);
        return d;
    }

    private long count(String sql) throws SQLException {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, account);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
