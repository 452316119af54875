package org.arrears.contact.dispatch;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.contact.support.Accounts;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.contact.support.FakeDialer;
import org.arrears.contact.support.StubControl;
import org.arrears.events.Topics;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.KafkaTopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The partner loop end to end: work item → compliance check → ContactRequested → disposition → ContactAttempted. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class DialerLoopTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;
    @Inject
    Dispatcher dispatcher;

    private FakeDialer dialer;
    private String account;
    private String queue;

    @BeforeEach
    void workableAccount() {
        dialer = new FakeDialer(bootstrap);
        account = Accounts.newId();
        queue = Accounts.newQueue();
    }

    @Test
    void aDispositionFromTheDialerBecomesAContactAttemptAndARightPartyContact() throws IOException {
        String best = Accounts.number();
        String worse = Accounts.number();
        ready(Accounts.landline(worse, 0.4), Accounts.mobile(best, 0.9));

        dispatcher.round();
        JsonNode request = dialer.awaitRequest(account, WAIT);

        assertThat(request.get("destination").asText()).isEqualTo(best);
        assertThat(request.get("lineType").asText()).isEqualTo("MOBILE");
        assertThat(request.get("autodialAllowed").asBoolean()).isTrue();
        assertThat(request.get("queue").asText()).isEqualTo(queue);
        assertThat(request.get("priority").asInt()).isEqualTo(20);
        assertThat(request.get("timeZones").get(0).asText()).isEqualTo("America/New_York");
        assertThat(Instant.parse(request.get("windowFrom").asText()))
                .isBefore(Instant.parse(request.get("windowUntil").asText()));
        JsonNode checks = StubControl.checks(account);
        assertThat(checks).isNotEmpty();
        assertThat(checks.get(0).get("record").asBoolean()).as("the dispatcher only plans").isFalse();

        String callId = "call-" + UUID.randomUUID();
        dialer.answer(request, callId, "RIGHT_PARTY_CONTACT", 95);

        JsonNode attempted = contactEvent("org.arrears.contact.attempted.v1");
        assertThat(attempted.get("requestId").asText()).isEqualTo(request.get("requestId").asText());
        assertThat(attempted.get("outcome").asText()).isEqualTo("RIGHT_PARTY_CONTACT");
        assertThat(attempted.get("direction").asText()).isEqualTo("OUTBOUND");
        assertThat(attempted.get("source").asText()).isEqualTo("DIALER");
        assertThat(attempted.get("durationSeconds").asInt()).isEqualTo(95);
        assertThat(attempted.get("destination").asText()).isEqualTo(best);
        JsonNode rpc = contactEvent("org.arrears.contact.right-party-contacted.v1");
        assertThat(rpc.get("attemptId").asText()).isEqualTo(attempted.get("attemptId").asText());
    }

    @Test
    void anOpenRequestIsNotSentTwice() throws SQLException {
        ready(Accounts.mobile(Accounts.number(), 0.8));

        dispatcher.round();
        dialer.awaitRequest(account, WAIT);
        dispatcher.round();

        assertThat(count("SELECT count(*) FROM contact_request WHERE account_id = ?")).isEqualTo(1);
    }

    @Test
    void aDeniedAccountIsNotRequestedAndWaitsUntilComplianceSaysSo() throws SQLException {
        Instant eligible = Instant.now().plus(Duration.ofDays(2)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        StubControl.deny(account, eligible);
        ready(Accounts.mobile(Accounts.number(), 0.8));

        dispatcher.round();

        assertThat(StubControl.checks(account)).isNotEmpty();
        assertThat(count("SELECT count(*) FROM contact_request WHERE account_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM work_item WHERE account_id = ? AND next_contact_at = '"
                + eligible + "'")).isEqualTo(1);
    }

    @Test
    void failsClosedWhileComplianceDoesNotAnswerAndSaysSoInReadinessAndMetrics() throws SQLException {
        ready(Accounts.mobile(Accounts.number(), 0.8));
        StubControl.silence();
        try {
            dispatcher.round();

            assertThat(count("SELECT count(*) FROM contact_request WHERE account_id = ?")).isZero();
            assertThat(count("SELECT count(*) FROM outbox_event WHERE event_key = ?")).isZero();
            given().get("/q/health/ready").then().statusCode(503);
            String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).containsPattern("arrears_contact_compliance_available(\\{[^}]*\\})? 0\\.0");
            assertThat(metrics).containsPattern("arrears_contact_compliance_unavailable_total [1-9]");
        } finally {
            StubControl.answer();
        }
        // Once compliance answers again (after the breaker's delay), the waiting item goes out.
        await().atMost(WAIT).until(() -> {
            dispatcher.round();
            return count("SELECT count(*) FROM contact_request WHERE account_id = ?") == 1;
        });
        given().get("/q/health/ready").then().statusCode(200);
        dialer.awaitRequest(account, WAIT);
    }

    @Test
    void anAccountComplianceDoesNotKnowYetWaits() throws SQLException {
        StubControl.unknown(account);
        ready(Accounts.mobile(Accounts.number(), 0.8));

        dispatcher.round();

        assertThat(count("SELECT count(*) FROM contact_request WHERE account_id = ?")).isZero();
        assertThat(count("SELECT count(*) FROM work_item WHERE account_id = ? AND next_contact_at > now()"))
                .isEqualTo(1);
        given().get("/q/health/ready").then().statusCode(200);
    }

    private void ready(org.arrears.events.account.ContactPointsUpdated.Phone... phones) {
        Accounts.phones(bootstrap, account, phones);
        String assigned = Accounts.assign(bootstrap, account, queue, 20);
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, assigned));
    }

    private JsonNode contactEvent(String type) throws IOException {
        var record = KafkaTopicProbe.awaitRecords(bootstrap, Topics.CONTACT_EVENTS,
                r -> account.equals(r.key()) && type.equals(KafkaTopicProbe.header(r, "ce_type")), 1, WAIT).get(0);
        return JSON.readTree(record.value());
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
