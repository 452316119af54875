package org.arrears.contact.attempt;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.contact.support.Accounts;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.events.Topics;
import org.arrears.platform.idempotency.IdempotencyKeys;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class AttemptApiTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    private String account;

    @BeforeEach
    void assigned() {
        account = Accounts.newId();
        String assigned = Accounts.assign(bootstrap, account, Accounts.newQueue(), 10);
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, assigned));
    }

    @Test
    void anInboundCallIsRecordedAsInboundWithoutACheckAndEmitted() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(attempt("CALL", "INBOUND", "RIGHT_PARTY_CONTACT", null)).post("/v1/contact-attempts")
                .then().statusCode(201).body("direction", equalTo("INBOUND")).body("source", equalTo("AGENT"))
                .body("agent", equalTo(org.arrears.testkit.TokenMinter.DEFAULT_SUBJECT));

        var events = KafkaTopicProbe.awaitRecords(bootstrap, Topics.CONTACT_EVENTS, r -> account.equals(r.key()),
                2, WAIT);
        assertThat(events).extracting(r -> KafkaTopicProbe.header(r, "ce_type")).containsExactlyInAnyOrder(
                "org.arrears.contact.attempted.v1", "org.arrears.contact.right-party-contacted.v1");
        assertThat(new String(events.stream().filter(r -> KafkaTopicProbe.header(r, "ce_type").endsWith("attempted.v1"))
                .findFirst().orElseThrow().value())).contains("\"direction\":\"INBOUND\"");
    }

    @Test
    void anOutboundAttemptNeedsItsComplianceCheckAndAnEmailCannotBeBusy() {
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(attempt("CALL", "OUTBOUND", "NO_ANSWER", null)).post("/v1/contact-attempts")
                .then().statusCode(400).body("violations[0].field", equalTo("checkId"));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .body(attempt("EMAIL", "OUTBOUND", "BUSY", "chk-1")).post("/v1/contact-attempts")
                .then().statusCode(400).body("violations[0].field", equalTo("outcome"));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/" + account + "/contact-attempts")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void aRetriedRecordWithItsIdempotencyKeyRecordsOnceAndTheListShowsIt() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> letter = attempt("LETTER", "OUTBOUND", "DELIVERED", "chk-letter");
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .header(IdempotencyKeys.HEADER, key).body(letter).post("/v1/contact-attempts")
                .then().statusCode(201).extract().path("attemptId");
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON)
                .header(IdempotencyKeys.HEADER, key).body(letter).post("/v1/contact-attempts")
                .then().statusCode(201).header(IdempotencyKeys.REPLAYED_HEADER, "true").body("attemptId", equalTo(id));

        given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/" + account + "/contact-attempts")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].attemptId", equalTo(id))
                .body("[0].channel", equalTo("LETTER"));
    }

    @Test
    void anUnknownAccountIsNotFoundAndDialersCannotRecord() {
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/nope-" + UUID.randomUUID()
                + "/contact-attempts").then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("dialer")).contentType(ContentType.JSON)
                .body(attempt("CALL", "INBOUND", "RIGHT_PARTY_CONTACT", null)).post("/v1/contact-attempts")
                .then().statusCode(403);
    }

    private Map<String, Object> attempt(String channel, String direction, String outcome, String checkId) {
        Map<String, Object> a = new HashMap<>();
        a.put("accountId", account);
        a.put("channel", channel);
        a.put("direction", direction);
        a.put("destination", "+12125550100");
        a.put("outcome", outcome);
        a.put("startedAt", Instant.now().minusSeconds(300).toString());
        a.put("durationSeconds", 120);
        a.put("checkId", checkId);
        return a;
    }
}
