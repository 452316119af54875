package org.arrears.accounts.inbound;

import static io.restassured.RestAssured.given;
import static org.arrears.accounts.AccountFixtures.fullAccount;
import static org.arrears.accounts.AccountFixtures.minimalAccount;
import static org.arrears.accounts.AccountFixtures.place;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.arrears.accounts.AccountFixtures;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.events.payment.PaymentPlanCreated;
import org.arrears.events.payment.PaymentPosted;
import org.arrears.events.payment.PaymentReversed;
import org.arrears.events.payment.PromiseBroken;
import org.arrears.events.payment.PromiseKept;
import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class InboundEventsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    private final String creditor = "IN-" + UUID.randomUUID();

    private JsonPath account(String id) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/accounts/" + id).then().statusCode(200)
                .extract().jsonPath();
    }

    private void awaitStatus(String id, String status) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(account(id).getString("status")).isEqualTo(status));
    }

    private static PaymentPosted payment(String id, String creditorId, String paymentId, String principal,
            String interest) {
        BigDecimal p = new BigDecimal(principal), i = new BigDecimal(interest);
        return new PaymentPosted(id, creditorId, paymentId, "txn-" + paymentId, "ACH", "USD", p.add(i),
                new PaymentPosted.Allocation(p, i, BigDecimal.ZERO, BigDecimal.ZERO), null, List.of(), Instant.now(),
                Instant.now());
    }

    @Test
    void paymentsLowerTheBalanceOnceEachAndPaidInFullClosesTheAccount() {
        String id = place(creditor, minimalAccount("P-" + UUID.randomUUID(), "100.00"));
        String first = UUID.randomUUID().toString();
        String eventId = CloudEventRecords.send(bootstrap, payment(id, creditor, first, "40.00", "0"));
        CloudEventRecords.send(bootstrap, payment(id, creditor, first, "40.00", "0"), eventId); // redelivery
        awaitStatus(id, "PAYING");
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, eventId));
        assertThat(account(id).getString("balances.principal")).isEqualTo("60.00");

        CloudEventRecords.send(bootstrap, payment(id, creditor, UUID.randomUUID().toString(), "60.00", "0"));
        awaitStatus(id, "PAID");
        assertThat(account(id).getString("balances.total")).isEqualTo("0.00");
        assertThat(account(id).getString("closedReason")).isEqualTo("PAID");

        // placed, assigned, status(ASSIGNED), balance, status(PAYING), balance, status(PAID), closed
        List<AccountFixtures.Event> events = AccountFixtures.events(bootstrap, id, 8);
        assertThat(AccountFixtures.types(events).subList(3, 8)).containsExactly(
                "org.arrears.account.balance-adjusted.v1", "org.arrears.account.status-changed.v1",
                "org.arrears.account.balance-adjusted.v1", "org.arrears.account.status-changed.v1",
                "org.arrears.account.closed.v1");
        JsonNode adjusted = events.get(3).data();
        assertThat(adjusted.get("change").get("principal").asText()).isEqualTo("-40.00");
        assertThat(adjusted.get("balances").get("principal").asText()).isEqualTo("60.00");
        assertThat(adjusted.get("cause").asText()).isEqualTo("PAYMENT_POSTED");
        assertThat(adjusted.get("causeId").asText()).isEqualTo(first);
        assertThat(events.get(7).data().get("reason").asText()).isEqualTo("PAID");

        // A returned payment reopens the account.
        CloudEventRecords.send(bootstrap, new PaymentReversed(id, creditor, first, "R01", "USD",
                new BigDecimal("40.00"), new PaymentPosted.Allocation(new BigDecimal("40.00"), BigDecimal.ZERO,
                        BigDecimal.ZERO, BigDecimal.ZERO), true, Instant.now()));
        awaitStatus(id, "PAYING");
        assertThat(account(id).getString("balances.principal")).isEqualTo("40.00");
    }

    @Test
    void aPlanPromisesAndAKeptSettlementSettlesTheAccount() {
        String id = place(creditor, minimalAccount("S-" + UUID.randomUUID(), "500.00"));
        String plan = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, new PaymentPlanCreated(id, creditor, plan, "SETTLEMENT", "USD",
                new BigDecimal("250.00"), List.of(new PaymentPlanCreated.Installment(1, LocalDate.now(),
                        new BigDecimal("250.00"))), 1, Instant.now()));
        awaitStatus(id, "PROMISED");
        CloudEventRecords.send(bootstrap, payment(id, creditor, UUID.randomUUID().toString(), "250.00", "0"));
        CloudEventRecords.send(bootstrap, new PromiseKept(id, creditor, plan, "SETTLEMENT", Instant.now()));
        awaitStatus(id, "SETTLED");
        assertThat(account(id).getString("balances.total")).isEqualTo("0.00");
        assertThat(account(id).getString("closedReason")).isEqualTo("SETTLED");
    }

    @Test
    void aBrokenPromiseSendsTheAccountBackToItsQueue() {
        String id = place(creditor, minimalAccount("B-" + UUID.randomUUID(), "500.00"));
        String plan = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, new PaymentPlanCreated(id, creditor, plan, "PROMISE", "USD",
                new BigDecimal("100.00"), List.of(new PaymentPlanCreated.Installment(1, LocalDate.now(),
                        new BigDecimal("100.00"))), 1, Instant.now()));
        awaitStatus(id, "PROMISED");
        // A break of some other plan changes nothing; the current plan's break ends PROMISED.
        CloudEventRecords.send(bootstrap, new PromiseBroken(id, creditor, "old-plan", "PROMISE", 1, LocalDate.now(),
                new BigDecimal("100.00"), "USD", Instant.now()));
        CloudEventRecords.send(bootstrap, new PromiseBroken(id, creditor, plan, "PROMISE", 1, LocalDate.now(),
                new BigDecimal("100.00"), "USD", Instant.now()));
        awaitStatus(id, "ASSIGNED");
    }

    @Test
    void holdsMoveTheAccountToDisputedOrHoldAndBackWhenTheLastIsLifted() {
        String id = place(creditor, minimalAccount("H-" + UUID.randomUUID(), "100.00"));
        CloudEventRecords.send(bootstrap, new ComplianceHoldPlaced(id, "h1", "CEASE", null, "officer", Instant.now()));
        awaitStatus(id, "HOLD");
        CloudEventRecords.send(bootstrap, new ComplianceHoldPlaced(id, "h2", "DISPUTE", null, "officer", Instant.now()));
        awaitStatus(id, "DISPUTED");
        CloudEventRecords.send(bootstrap, new ComplianceHoldLifted(id, "h2", "DISPUTE", "verified", "officer",
                Instant.now()));
        awaitStatus(id, "HOLD");
        CloudEventRecords.send(bootstrap, new ComplianceHoldLifted(id, "h1", "CEASE", "withdrawn", "officer",
                Instant.now()));
        awaitStatus(id, "ASSIGNED");

        JsonPath timeline = given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/accounts/" + id + "/timeline")
                .then().statusCode(200).extract().jsonPath();
        List<String> consumed = timeline.getList("events.findAll { it.direction == 'CONSUMED' }.type", String.class);
        assertThat(consumed).containsExactly("org.arrears.compliance.hold-placed.v1",
                "org.arrears.compliance.hold-placed.v1", "org.arrears.compliance.hold-lifted.v1",
                "org.arrears.compliance.hold-lifted.v1");
        List<String> statuses = timeline.getList(
                "events.findAll { it.type == 'org.arrears.account.status-changed.v1' }.data.to", String.class);
        assertThat(statuses).containsExactly("ASSIGNED", "HOLD", "DISPUTED", "HOLD", "ASSIGNED");
    }

    @Test
    void aSkipTraceAddsContactPointsKeepingSourcesAndEmitsContactPointsUpdated() {
        String id = place(creditor, fullAccount("K-" + UUID.randomUUID(), "100.00"));
        CloudEventRecords.send(bootstrap, new SkiptraceCompleted(id, "req-1", "dk",
                List.of(new SkiptraceCompleted.Phone("+16175550123", "MOBILE", List.of(), 0.95, List.of("p1"), null),
                        new SkiptraceCompleted.Phone("+13125550142", "VOIP", List.of(), 0.6, List.of("p1"), null)),
                List.of(new SkiptraceCompleted.Address("9 Elm St", null, "Chicago", "IL", "60601", "US", 0.7,
                        List.of("p1"), null)),
                List.of(new SkiptraceCompleted.Email("ADA2@example.com", 0.5, List.of("p1"), null)),
                List.of("p1"), Instant.now()));

        List<AccountFixtures.Event> events = AccountFixtures.events(bootstrap, id, 4);
        AccountFixtures.Event updated = events.get(3);
        assertThat(updated.type()).isEqualTo("org.arrears.account.contact-points-updated.v1");
        JsonNode phones = updated.data().get("phones");
        assertThat(phones).hasSize(3);
        assertThat(phones.get(0).get("number").asText()).isEqualTo("+16175550123");
        assertThat(phones.get(0).get("source").asText()).isEqualTo("DEBTOR");
        assertThat(phones.get(0).get("autodialConsent").asBoolean()).isTrue();
        assertThat(phones.get(0).get("confidence").asDouble()).isEqualTo(0.95);
        assertThat(phones.get(2).get("number").asText()).isEqualTo("+13125550142");
        assertThat(phones.get(2).get("source").asText()).isEqualTo("SKIPTRACE");
        assertThat(phones.get(2).get("type").asText()).isEqualTo("UNKNOWN");
        assertThat(phones.get(2).get("autodialConsent").asBoolean()).isFalse();
        assertThat(updated.data().get("addresses")).hasSize(2);
        assertThat(updated.data().get("emails").get(1).get("address").asText()).isEqualTo("ada2@example.com");
        assertThat(updated.data().get("debtorKey").asText()).hasSize(64);
        AccountFixtures.assertNoNationalIdIn(events);

        given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/accounts/" + id).then().statusCode(200)
                .body("debtor.phones.size()", equalTo(3)).body("debtor.addresses[1].city", equalTo("Chicago"));
    }
}
