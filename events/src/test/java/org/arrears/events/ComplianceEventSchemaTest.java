package org.arrears.events;

import static org.arrears.events.EventSchemaTest.JSON;
import static org.arrears.events.EventSchemaTest.validate;
import static org.assertj.core.api.Assertions.assertThat;

import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** What the compliance events' schemas hold beyond the generic checks of {@link EventSchemaTest}. */
class ComplianceEventSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"CEASE", "ATTORNEY", "DISPUTE", "BANKRUPTCY", "DECEASED", "SCRA", "LITIGATION"})
    void everyHoldTypeValidates(String type) {
        ObjectNode json = JSON.valueToTree(EventSamples.complianceHoldPlaced());
        json.put("type", type);

        assertThat(validate(ComplianceHoldPlaced.class, json)).isEmpty();
    }

    @Test
    void unknownHoldTypeFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.complianceHoldPlaced());
        json.put("type", "FRAUD");

        assertThat(validate(ComplianceHoldPlaced.class, json)).isNotEmpty();
    }

    @Test
    void nullNoteValidatesButAnEmptyOneFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.complianceHoldPlaced());
        json.putNull("note");
        assertThat(validate(ComplianceHoldPlaced.class, json)).isEmpty();

        json.put("note", "");
        assertThat(validate(ComplianceHoldPlaced.class, json)).isNotEmpty();
    }
}
