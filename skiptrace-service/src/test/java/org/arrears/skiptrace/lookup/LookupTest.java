package org.arrears.skiptrace.lookup;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.arrears.events.EventCatalog;
import org.arrears.events.Topics;
import org.arrears.events.skiptrace.BankruptcyFound;
import org.arrears.events.skiptrace.DebtorDeceased;
import org.arrears.events.skiptrace.MilitaryStatusFound;
import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.arrears.skiptrace.support.ContractSchemas;
import org.arrears.skiptrace.support.Events;
import org.arrears.skiptrace.support.Vendor;
import org.arrears.skiptrace.support.VendorStubResource;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Lookups end to end: events in, the waterfall against the vendor stub, events and API out. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "skiptrace"))
@QuarkusTestResource(VendorStubResource.class)
class LookupTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @ConfigProperty(name = "arrears.skiptrace.http.bureau.url")
    String bureauUrl;

    private Vendor vendor;

    @BeforeEach
    void vendor() {
        vendor = new Vendor(bureauUrl);
    }

    @Test
    void aSlowAndAFailingVendorDoNotStopTheOneThatAnswers() {
        String debtor = "dk-" + UUID.randomUUID();
        String account = UUID.randomUUID().toString();
        vendor.answer("bureau", debtor, Map.of(
                "phones", List.of(Map.of("number", "(617) 555-0143", "type", "MOBILE", "confidence", 0.9,
                        "lastVerified", "2026-10-01")),
                "addresses", List.of(Map.of("line1", "12 North Main Street", "city", "Boston", "state",
                        "Massachusetts", "postalCode", "02134-1234", "confidence", 0.85))));
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(), debtor, null,
                List.of()));

        JsonPath done = awaitCompleted(account);
        assertThat(done.getList("providers.provider")).containsExactly("history", "slow", "broken", "bureau");
        assertThat(done.getList("providers.result")).containsExactly("ANSWERED", "TIMED_OUT", "FAILED", "ANSWERED");
        assertThat(done.getString("result.phones[0].number")).isEqualTo("+16175550143");
        assertThat(done.getList("result.phones[0].timeZones")).containsExactly("America/New_York");
        assertThat(done.getString("result.addresses[0].line1")).isEqualTo("12 N MAIN ST");
        assertThat(done.getString("result.addresses[0].state")).isEqualTo("MA");
        assertThat(done.getString("result.addresses[0].postalCode")).isEqualTo("02134-1234");

        JsonNode event = completedEvent(account);
        assertThat(event.path("requestId").asText()).isEqualTo(done.getString("id"));
        assertThat(event.path("debtorKey").asText()).isEqualTo(debtor);
        assertThat(event.path("providersAsked").toString()).isEqualTo("[\"history\",\"slow\",\"broken\",\"bureau\"]");
        assertThat(event.path("phones").get(0).path("sources").toString()).isEqualTo("[\"bureau\"]");
    }

    @Test
    void historyAcrossCreditorsAnswersAloneOnceItIsSureAndNamesNoOtherCreditor() {
        String debtor = "dk-" + UUID.randomUUID();
        String creditorA = "ALPHA-" + UUID.randomUUID();
        String creditorB = "BETA-" + UUID.randomUUID();
        String first = UUID.randomUUID().toString();
        vendor.answer("bureau", debtor, Map.of("addresses", List.of(Map.of("line1", "1 Elm Avenue", "city",
                "Springfield", "state", "IL", "postalCode", "62701", "confidence", 0.9, "lastVerified",
                "2026-11-01"))));
        // Creditor A placed the number; the bureau adds the address; a right-party contact confirms the number.
        CloudEventRecords.send(bootstrap, Events.placed(first, creditorA, debtor, null,
                List.of(Events.creditorPhone("+13125550101"))));
        awaitCompleted(first);
        CloudEventRecords.send(bootstrap, Events.attempted(first, "+13125550101", "RIGHT_PARTY_CONTACT"));
        await().atMost(WAIT).until(() -> "CONFIRMED".equals(pointStatus(debtor, "+13125550101")));
        assertThat(vendor.hits("bureau", debtor)).isEqualTo(1);

        // Creditor B places the same debtor without a phone: history alone is sure enough, no vendor is paid.
        String second = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, Events.placed(second, creditorB, debtor, "62701", List.of()));
        JsonPath done = awaitCompleted(second);

        assertThat(done.getList("providers.provider")).containsExactly("history");
        assertThat(done.getString("result.phones[0].number")).isEqualTo("+13125550101");
        assertThat(done.getDouble("result.phones[0].confidence")).isGreaterThanOrEqualTo(0.95);
        assertThat(done.getString("result.addresses[0].line1")).isEqualTo("1 ELM AVE");
        assertThat(vendor.hits("bureau", debtor)).isEqualTo(1);
        String payload = completedEvent(second).toString();
        assertThat(payload).doesNotContain(creditorA).doesNotContain(first);
        assertThat(given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/skiptrace-requests/{id}",
                done.getString("id")).asString()).doesNotContain(creditorA).doesNotContain(first);
    }

    @Test
    void aWrongNumberIsExcludedFromTheNextLookupEvenWhenAVendorStillReportsIt() {
        String debtor = "dk-" + UUID.randomUUID();
        String account = UUID.randomUUID().toString();
        vendor.answer("bureau", debtor, Map.of("phones", List.of(
                Map.of("number", "+1 415 555 0100", "confidence", 0.9),
                Map.of("number", "415-555-0199", "confidence", 0.5))));
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(), debtor, "94103",
                List.of(Events.creditorPhone("+14155550100"))));
        CloudEventRecords.send(bootstrap, Events.attempted(account, "+14155550100", "WRONG_NUMBER"));

        JsonPath done = awaitCompleted(account);
        assertThat(done.getString("reason")).isEqualTo("WRONG_NUMBER");
        assertThat(done.getList("result.phones.number")).containsExactly("+14155550199");
        assertThat(pointStatus(debtor, "+14155550100")).isEqualTo("WRONG");
    }

    @Test
    void scrubFindingsBecomeEventsForEveryAccountOfTheDebtorOnce() {
        String debtor = "dk-" + UUID.randomUUID();
        String older = UUID.randomUUID().toString();
        String account = UUID.randomUUID().toString();
        vendor.answer("bureau", debtor, Map.of(
                "deceased", Map.of("deceased", true, "dateOfDeath", "2026-08-14"),
                "bankruptcies", List.of(Map.of("chapter", 7, "caseNumber", "1:26-bk-10001", "court",
                        "D. Mass.", "filedDate", "2026-09-02", "status", "open")),
                "military", Map.of("activeDuty", true, "since", "2025-01-10")));
        // The older account has a phone and an address, so it is not traced itself; it must still hear.
        CloudEventRecords.send(bootstrap, Events.placed(older, "ACME-" + UUID.randomUUID(), debtor, "02134",
                List.of(Events.creditorPhone("+16175550111"))));
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(), debtor, null,
                List.of()));
        awaitCompleted(account);

        for (String a : List.of(older, account)) {
            List<ConsumerRecord<String, byte[]>> scrubs = KafkaTopicProbe.awaitRecords(bootstrap,
                    Topics.SKIPTRACE_EVENTS, r -> a.equals(r.key()) && !EventCatalog.typeOf(SkiptraceCompleted.class)
                            .equals(KafkaTopicProbe.header(r, "ce_type")), 3, WAIT);
            assertThat(scrubs).extracting(r -> KafkaTopicProbe.header(r, "ce_type")).containsExactlyInAnyOrder(
                    EventCatalog.typeOf(DebtorDeceased.class), EventCatalog.typeOf(BankruptcyFound.class),
                    EventCatalog.typeOf(MilitaryStatusFound.class));
            assertThat(scrubs).allSatisfy(r -> assertThat(ContractSchemas.violations(
                    KafkaTopicProbe.header(r, "ce_type"), r.value())).isEmpty());
            String bankruptcy = scrubs.stream().filter(r -> KafkaTopicProbe.header(r, "ce_type")
                    .equals(EventCatalog.typeOf(BankruptcyFound.class))).map(r -> new String(r.value(),
                            StandardCharsets.UTF_8)).findFirst().orElseThrow();
            assertThat(bankruptcy).contains("\"chapter\":7", "\"status\":\"OPEN\"", "\"filedDate\":\"2026-09-02\"",
                    "\"source\":\"bureau\"");
        }

        // A second lookup for the debtor finds the same: nothing new is announced.
        String again = given().auth().oauth2(TestTokens.withRoles("ops")).contentType("application/json")
                .body(Map.of("accountId", account, "reason", "STALE")).post("/v1/skiptrace-requests")
                .then().statusCode(202).extract().path("id");
        await().atMost(WAIT).until(() -> "COMPLETED".equals(request(again).getString("status")));
        // Within one account's partition a repeated scrub would come before the second SkiptraceCompleted, so
        // five records of the account must be exactly two completions and three scrubs.
        List<ConsumerRecord<String, byte[]>> all = KafkaTopicProbe.awaitRecords(bootstrap, Topics.SKIPTRACE_EVENTS,
                r -> account.equals(r.key()), 5, WAIT);
        assertThat(all).extracting(r -> KafkaTopicProbe.header(r, "ce_type"))
                .filteredOn(t -> t.equals(EventCatalog.typeOf(SkiptraceCompleted.class))).hasSize(2);
        assertThat(all).hasSize(5);
    }

    @Test
    void anAccountPlacedLaterForADebtorWithStandingFindingsHearsThemAtPlacement() {
        String debtor = "dk-" + UUID.randomUUID();
        String traced = UUID.randomUUID().toString();
        vendor.answer("bureau", debtor, Map.of("bankruptcies", List.of(Map.of("chapter", 13, "caseNumber",
                "2:26-bk-20002", "filedDate", "2026-03-04", "status", "OPEN"))));
        CloudEventRecords.send(bootstrap, Events.placed(traced, "ACME-" + UUID.randomUUID(), debtor, null,
                List.of()));
        awaitCompleted(traced);

        String later = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, Events.placed(later, "OTHER-" + UUID.randomUUID(), debtor, "02134",
                List.of(Events.creditorPhone("+16175550177"))));

        ConsumerRecord<String, byte[]> heard = KafkaTopicProbe.awaitRecords(bootstrap, Topics.SKIPTRACE_EVENTS,
                r -> later.equals(r.key()), 1, WAIT).get(0);
        assertThat(KafkaTopicProbe.header(heard, "ce_type")).isEqualTo(EventCatalog.typeOf(BankruptcyFound.class));
        assertThat(new String(heard.value(), StandardCharsets.UTF_8)).contains("2:26-bk-20002", "\"chapter\":13");
        assertThat(vendor.hits("bureau", debtor)).isEqualTo(1);
    }

    @Test
    void postingARequestAnswers202WithTheJobAndAnUnknownAccountIs404() {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(),
                "dk-" + UUID.randomUUID(), "02134", List.of(Events.creditorPhone("+16175550122"))));
        await().atMost(WAIT).until(() -> given().auth().oauth2(TestTokens.withRoles("agent"))
                .contentType("application/json").body(Map.of("accountId", account, "reason", "STALE"))
                .post("/v1/skiptrace-requests").statusCode() == 202);
        String id = given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account)
                .get("/v1/skiptrace-requests").then().statusCode(200).body("", hasSize(1))
                .body("[0].reason", equalTo("STALE")).extract().path("[0].id");
        await().atMost(WAIT).until(() -> "COMPLETED".equals(request(id).getString("status")));

        given().auth().oauth2(TestTokens.withRoles("service")).contentType("application/json")
                .body(Map.of("accountId", "never-placed", "reason", "STALE")).post("/v1/skiptrace-requests")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType("application/json")
                .body(Map.of("accountId", account, "reason", "BORED")).post("/v1/skiptrace-requests")
                .then().statusCode(400);
        given().auth().oauth2(TestTokens.creditor("ACME")).contentType("application/json")
                .body(Map.of("accountId", account, "reason", "STALE")).post("/v1/skiptrace-requests")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/skiptrace-requests/{id}", "nope")
                .then().statusCode(404);
    }

    @Test
    void aRetriedPostWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(),
                "dk-" + UUID.randomUUID(), "02134", List.of(Events.creditorPhone("+16175550133"))));
        String key = UUID.randomUUID().toString();
        String first = await().atMost(WAIT).until(() -> {
            var r = given().auth().oauth2(TestTokens.withRoles("service")).header("Idempotency-Key", key)
                    .contentType("application/json").body(Map.of("accountId", account, "reason", "STALE"))
                    .post("/v1/skiptrace-requests");
            return r.statusCode() == 202 ? r.jsonPath().getString("id") : null;
        }, java.util.Objects::nonNull);
        awaitCompleted(account);

        given().auth().oauth2(TestTokens.withRoles("service")).header("Idempotency-Key", key)
                .contentType("application/json").body(Map.of("accountId", account, "reason", "STALE"))
                .post("/v1/skiptrace-requests").then().statusCode(202)
                .header("Idempotent-Replayed", "true").body("id", equalTo(first));
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account)
                .get("/v1/skiptrace-requests").then().body("", hasSize(1));
    }

    @Test
    void aBouncedEmailIsMarkedWrongAndReturnedMailAsksForATrace() {
        String debtor = "dk-" + UUID.randomUUID();
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, new org.arrears.events.account.AccountPlaced(account, "ACME", "REF-1",
                "CREDIT_CARD", "USD", null, null, null, debtor, "MA", "02134",
                List.of(Events.creditorPhone("+16175550134")),
                List.of(new org.arrears.events.account.AccountPlaced.Email("Jo@Example.com", "CREDITOR")),
                java.time.Instant.now()));
        CloudEventRecords.send(bootstrap, new org.arrears.events.contact.ContactAttempted(account,
                UUID.randomUUID().toString(), null, null, "EMAIL", "jo@example.com", "OUTBOUND", "RETURNED",
                java.time.Instant.now(), 0, null, "VENDOR"));

        JsonPath done = awaitCompleted(account);
        assertThat(done.getString("reason")).isEqualTo("RETURNED_MAIL");
        assertThat(done.getList("result.emails")).isEmpty();
        assertThat(pointStatus(debtor, "jo@example.com")).isEqualTo("WRONG");
    }

    @Test
    void theVendorGetsItsConfiguredCredentialAndItsCostIsReported() {
        String debtor = "dk-" + UUID.randomUUID();
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, Events.placed(account, "ACME-" + UUID.randomUUID(), debtor, null,
                List.of()));
        JsonPath done = awaitCompleted(account);
        assertThat(vendor.lastAuthorization("bureau")).isEqualTo("Bearer test-credential");
        assertThat(done.getList("providers.cost", String.class)).containsExactly("0", "0", "0", "0.35");
        assertThat(vendor.hits("bureau", debtor)).isEqualTo(1);
    }

    static JsonPath request(String id) {
        return given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/skiptrace-requests/{id}", id).then()
                .statusCode(200).extract().jsonPath();
    }

    static JsonPath awaitCompleted(String account) {
        String id = await().atMost(WAIT).until(() -> {
            JsonPath list = given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("accountId", account)
                    .get("/v1/skiptrace-requests").then().statusCode(200).extract().jsonPath();
            return list.getList("").isEmpty() || !"COMPLETED".equals(list.getString("[0].status")) ? null
                    : list.getString("[0].id");
        }, java.util.Objects::nonNull);
        return request(id);
    }

    private JsonNode completedEvent(String account) {
        ConsumerRecord<String, byte[]> r = KafkaTopicProbe.awaitRecords(bootstrap, Topics.SKIPTRACE_EVENTS,
                x -> account.equals(x.key()) && EventCatalog.typeOf(SkiptraceCompleted.class)
                        .equals(KafkaTopicProbe.header(x, "ce_type")), 1, WAIT).get(0);
        assertThat(ContractSchemas.violations(KafkaTopicProbe.header(r, "ce_type"), r.value())).isEmpty();
        try {
            return JSON.readTree(r.value());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pointStatus(String debtor, String value) {
        List<Map<String, Object>> points = given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/v1/debtors/{k}/contact-points", debtor).then().statusCode(200).extract().jsonPath()
                .getList("");
        return points.stream().filter(p -> value.equals(p.get("value"))).map(p -> (String) p.get("status"))
                .findFirst().orElse(null);
    }
}
