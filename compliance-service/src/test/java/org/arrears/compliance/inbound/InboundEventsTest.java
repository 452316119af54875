package org.arrears.compliance.inbound;

import static io.restassured.RestAssured.given;
import static org.arrears.compliance.support.Debts.call;
import static org.arrears.compliance.support.Debts.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.compliance.support.Debts;
import org.arrears.events.ArrearsEvent;
import org.arrears.events.Topics;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.events.contact.NoticeSent;
import org.arrears.events.skiptrace.BankruptcyFound;
import org.arrears.events.skiptrace.DebtorDeceased;
import org.arrears.events.skiptrace.MilitaryStatusFound;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** Each consumed event changes the profile exactly once, even when it is delivered twice. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class InboundEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    @Test
    void contactPointsReplaceTheProfilesAndMoveTheAddress() {
        String account = Debts.open(bootstrap, "GA", "30301");
        deliverTwice(new ContactPointsUpdated(account, "ACME", null,
                List.of(new ContactPointsUpdated.Phone("+12065550100", "LANDLINE", "SKIPTRACE", false, 0.9, "ACTIVE")),
                List.of(new ContactPointsUpdated.Email("pat@work.example", "EMPLOYER", 0.8, "ACTIVE")),
                List.of(new ContactPointsUpdated.Address("addr-1", "1 Pike St", null, "Seattle", "WA", "98101", "US",
                        "SKIPTRACE", 0.9, "ACTIVE")), Instant.now()));
        given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/{id}/profile", account).then()
                .body("state", equalTo("WA")).body("jurisdictions", contains("WA"))
                .body("phones.number", contains("+12065550100")).body("phones[0].lineType", equalTo("LANDLINE"))
                .body("timeZones", contains("America/Los_Angeles"));
        check("dialer", java.util.Map.of("accountId", account, "channel", "EMAIL", "destination", "pat@work.example",
                "at", "2026-12-01T20:00:00Z")).then().body("reasons.code", contains("WORKPLACE"));
    }

    @Test
    void aReportedAttemptIsCountedOnceAndAnInboundCallNotAtAll() {
        String account = Debts.open(bootstrap, "GA", "30301");
        deliverTwice(attempt(account, "OUTBOUND", "NO_ANSWER"));
        deliverTwice(attempt(account, "INBOUND", "NO_ANSWER"));
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", account))
                .isEqualTo(2);
        given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/{id}/profile", account).then()
                .body("counts.callsIn7Days", equalTo(1));
    }

    @Test
    void aCeaseRequestedDuringAContactPlacesOneCeaseHold() {
        String account = Debts.open(bootstrap, "GA", "30301");
        deliverTwice(attempt(account, "OUTBOUND", "CEASE_REQUESTED"));
        deliverTwice(attempt(account, "OUTBOUND", "CEASE_REQUESTED"));
        assertThat(holds(account, "CEASE")).isEqualTo(1);
        check("dialer", call(account, "2026-12-20T15:00:00Z", false)).then()
                .body("reasons.code", hasItem("CEASE_COMMUNICATION"));
    }

    @Test
    void aValidationNoticeSetsTheValidationPeriod() {
        String account = Debts.open(bootstrap, "MA", "02134");
        deliverTwice(new NoticeSent(account, "n-1", "VALIDATION", "LETTER", Instant.parse("2026-11-24T15:00:00Z"),
                LocalDate.parse("2026-11-01"), null));
        given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/{id}/profile", account).then()
                .body("validationPeriodEnds", equalTo("2027-01-01"))
                .body("validationNoticeSentAt", equalTo("2026-11-24T15:00:00Z"))
                .body("limitationDate", equalTo("2031-09-01"));
    }

    @Test
    void scrubFindingsPlaceAndLiftSystemHoldsOnce() {
        String account = Debts.open(bootstrap, "GA", "30301");
        deliverTwice(new DebtorDeceased(account, null, null, "SSDI", Instant.now()));
        deliverTwice(new BankruptcyFound(account, null, 7, "26-1234", null, LocalDate.parse("2026-10-01"), "OPEN",
                "PACER", Instant.now()));
        deliverTwice(new MilitaryStatusFound(account, null, true, null, "DMDC", Instant.now()));
        assertThat(holds(account, "DECEASED")).isEqualTo(1);
        assertThat(holds(account, "BANKRUPTCY")).isEqualTo(1);
        assertThat(holds(account, "SCRA")).isEqualTo(1);
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then()
                .body("reasons.code", contains("BANKRUPTCY_STAY", "DECEASED", "SCRA"));

        deliverTwice(new MilitaryStatusFound(account, null, false, null, "DMDC", Instant.now()));
        deliverTwice(new BankruptcyFound(account, null, 7, "26-1234", null, LocalDate.parse("2026-10-01"),
                "DISMISSED", "PACER", Instant.now()));
        assertThat(holds(account, "SCRA")).isZero();
        assertThat(holds(account, "BANKRUPTCY")).isZero();
        KafkaTopicProbe.awaitRecords(bootstrap, Topics.COMPLIANCE_EVENTS, r -> account.equals(r.key()), 5,
                Debts.WAIT);
    }

    private ContactAttempted attempt(String account, String direction, String outcome) {
        return new ContactAttempted(account, UUID.randomUUID().toString(), null, null, "CALL", Debts.MOBILE,
                direction, outcome, Instant.now().minusSeconds(60), 30, null, "DIALER");
    }

    /** Sends the event twice with one id and waits until it has been applied. */
    private void deliverTwice(ArrearsEvent event) {
        String id = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, event, id);
        CloudEventRecords.send(bootstrap, event, id);
        await().atMost(Debts.WAIT).until(() -> InboxProbe.count(dataSource, id) == 1);
        // A marker after the duplicate on the same topic and partition: once it is in, the duplicate was seen.
        String marker = CloudEventRecords.send(bootstrap, marker(event));
        await().atMost(Debts.WAIT).until(() -> InboxProbe.count(dataSource, marker) == 1);
    }

    /** An event on the same topic that changes nothing in the tests that use it. */
    private static ArrearsEvent marker(ArrearsEvent event) {
        String account = event.accountId();
        return switch (org.arrears.events.EventCatalog.topicOf(event.getClass())) {
            case Topics.CONTACT_EVENTS -> new NoticeSent(account, "marker", "REMINDER", "LETTER", Instant.now(), null,
                    null);
            // The scrub test places a DECEASED hold first; a second finding changes nothing.
            case Topics.SKIPTRACE_EVENTS -> new DebtorDeceased(account, null, null, "marker", Instant.now());
            default -> new org.arrears.events.account.AccountPlaced(account, "ACME", "REF", "CREDIT_CARD", "USD",
                    null, null, null, null, "GA", "30301", List.of(), List.of(), Instant.now());
        };
    }

    private long holds(String account, String type) {
        return Debts.count(dataSource, "SELECT count(*) FROM compliance_hold WHERE account_id = ? AND type = ? AND"
                + " released_at IS NULL", account, type);
    }
}
