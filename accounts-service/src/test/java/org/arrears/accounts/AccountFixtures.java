package org.arrears.accounts;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.arrears.events.Topics;
import org.arrears.platform.event.CloudEventHeaders;
import org.arrears.testkit.KafkaTopicProbe;
import org.arrears.testkit.TestTokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;

/** Placement bodies and event reading shared by the accounts-service tests. */
public final class AccountFixtures {

    public static final String SSN = "123-45-6789";
    private static final ObjectMapper JSON = new ObjectMapper();

    private AccountFixtures() {
    }

    /** An account event as read from the broker: its CloudEvents type and its data. */
    public record Event(String type, JsonNode data) {
    }

    /** A complete placement: every field a creditor may send, with a national id, phones and an email. */
    public static String fullAccount(String ref, String principal) {
        return """
                {"creditorRef": "%s", "originalCreditor": "First Bank", "accountType": "CREDIT_CARD",
                 "currency": "USD", "segment": "prime",
                 "balances": {"principal": "%s", "interest": "12.50", "fees": "5.00", "costs": "0"},
                 "chargeOffDate": "2026-03-01", "firstDelinquencyDate": "2025-09-01", "lastPaymentDate": "2025-08-15",
                 "itemization": [{"date": "2026-03-01", "type": "CHARGE_OFF", "amount": "%s"}],
                 "debtor": {"names": [{"first": "Ada", "last": "Lovelace"}], "dateOfBirth": "1980-05-17",
                   "nationalId": "%s",
                   "addresses": [{"line1": "1 Main St", "city": "Boston", "state": "MA", "postalCode": "02134"}],
                   "phones": [{"number": "(617) 555-0123", "type": "mobile", "source": "debtor", "consent": true},
                              {"number": "+1 212 555 0199", "type": "landline"}],
                   "emails": [{"address": "Ada@Example.com", "source": "creditor"}]}}
                """.formatted(ref, principal, principal, SSN);
    }

    /** The smallest valid placement. */
    public static String minimalAccount(String ref, String principal) {
        return """
                {"creditorRef": "%s", "accountType": "CREDIT_CARD", "currency": "USD",
                 "balances": {"principal": "%s"}, "firstDelinquencyDate": "2025-09-01", "chargeOffDate": "2026-03-01",
                 "debtor": {"state": "MA", "postalCode": "02134"}}
                """.formatted(ref, principal).replace("\n", " ");
    }

    public static String place(String creditor, String body) {
        return given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON).body(body)
                .when().post("/v1/accounts").then().statusCode(201).extract().path("id");
    }

    /** Waits for {@code count} events of the account on the account topic and returns them in order. */
    public static List<Event> events(String bootstrap, String accountId, int count) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicProbe.awaitRecords(bootstrap, Topics.ACCOUNT_EVENTS,
                r -> accountId.equals(r.key()), count, Duration.ofSeconds(60));
        return records.stream().map(r -> new Event(CloudEventHeaders.read(r.headers(), CloudEventHeaders.TYPE),
                tree(r.value()))).toList();
    }

    public static List<String> types(List<Event> events) {
        return events.stream().map(Event::type).toList();
    }

    /** Raw bytes of every event of the account: to prove that no personal data left the service. */
    public static void assertNoNationalIdIn(List<Event> events) {
        for (Event e : events) {
            assertThat(e.data().toString()).doesNotContain("123-45-6789").doesNotContain("123456789")
                    .doesNotContain("nationalId").doesNotContain("Lovelace").doesNotContain("1980-05-17");
        }
    }

    public static JsonNode tree(byte[] json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
