package org.arrears.events;

import static org.arrears.events.EventSchemaTest.JSON;
import static org.arrears.events.EventSchemaTest.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.arrears.events.skiptrace.BankruptcyFound;
import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the skip-trace events' schemas hold beyond the generic checks of {@link EventSchemaTest}. */
class SkiptraceEventSchemaTest {

    @Test
    void candidatesKeepTheirRankAndNullableFields() {
        JsonNode json = JSON.valueToTree(EventSamples.skiptraceCompleted());

        assertThat(json.at("/phones/0/number").asText()).isEqualTo("+15125550173");
        assertThat(json.at("/phones/1/type").asText()).isEqualTo("VOIP");
        assertThat(json.at("/phones/0/lastVerified").asText()).isEqualTo("2025-02-14");
        assertThat(json.at("/phones/1/lastVerified").isNull()).isTrue();
        assertThat(json.at("/addresses/1/state").isNull()).isTrue();
        assertThat(validate(SkiptraceCompleted.class, json)).isEmpty();
    }

    @Test
    void phoneNotInE164Fails() {
        ObjectNode json = JSON.valueToTree(EventSamples.skiptraceCompleted());
        ((ObjectNode) json.get("phones").get(0)).put("number", "512-555-0173");

        assertThat(validate(SkiptraceCompleted.class, json)).isNotEmpty();
    }

    @Test
    void unknownLineTypeFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.skiptraceCompleted());
        ((ObjectNode) json.get("phones").get(0)).put("type", "PAGER");

        assertThat(validate(SkiptraceCompleted.class, json)).isNotEmpty();
    }

    @Test
    void confidenceOutsideZeroToOneFails() {
        ObjectNode above = JSON.valueToTree(EventSamples.skiptraceCompleted());
        ((ObjectNode) above.get("addresses").get(0)).put("confidence", 1.2);
        ObjectNode below = JSON.valueToTree(EventSamples.skiptraceCompleted());
        ((ObjectNode) below.get("emails").get(0)).put("confidence", -0.1);

        assertThat(validate(SkiptraceCompleted.class, above)).isNotEmpty();
        assertThat(validate(SkiptraceCompleted.class, below)).isNotEmpty();
    }

    @Test
    void pointWithoutASourceFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.skiptraceCompleted());
        ((ObjectNode) json.get("phones").get(0)).putArray("sources");

        assertThat(validate(SkiptraceCompleted.class, json)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 8, 14})
    void chapterThatDoesNotExistFails(int chapter) {
        ObjectNode json = JSON.valueToTree(EventSamples.bankruptcyFound());
        json.put("chapter", chapter);

        assertThat(validate(BankruptcyFound.class, json)).isNotEmpty();
    }

    @Test
    void unknownCaseStatusFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.bankruptcyFound());
        json.put("status", "PENDING");

        assertThat(validate(BankruptcyFound.class, json)).isNotEmpty();
    }
}
