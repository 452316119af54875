package org.arrears.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.BalanceAdjusted;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.events.contact.ContactAttempted;
import org.arrears.events.contact.NoticeSent;
import org.arrears.events.dialer.ContactRequested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Each record, its JSON and its JSON Schema agree. */
class EventSchemaTest {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    static Stream<Class<? extends ArrearsEvent>> eventClasses() {
        return EventCatalog.ALL.stream();
    }

    static Stream<ArrearsEvent> samples() {
        return EventSamples.all().stream();
    }

    /** Every sample with each field its schema requires, top level and nested. */
    static Stream<Arguments> requiredFields() {
        return samples().flatMap(sample -> {
            JsonNode json = JSON.valueToTree(sample);
            JsonNode schema = schemaNode(sample.getClass());
            return requiredPaths(schema, schema, json, "").stream()
                    .map(path -> Arguments.of(sample.getClass().getSimpleName(), path, sample));
        });
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void hasASchemaInDraft202012(Class<? extends ArrearsEvent> eventClass) {
        JsonNode schema = schemaNode(eventClass);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asText()).isEqualTo(eventClass.getSimpleName());
        assertThat(schema.path("description").asText())
                .contains(EventCatalog.typeOf(eventClass), EventCatalog.topicOf(eventClass));
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void schemaDescribesEveryComponentAndRequiresEveryNonNullableOne(Class<? extends ArrearsEvent> eventClass) {
        JsonNode schema = schemaNode(eventClass);

        assertObjectSchemaMatches(eventClass, schema, schema, eventClass.getSimpleName());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleValidatesAgainstItsSchema(ArrearsEvent sample) {
        assertThat(validate(sample.getClass(), JSON.valueToTree(sample))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void sampleSurvivesARoundTrip(ArrearsEvent sample) throws IOException {
        String json = JSON.writeValueAsString(sample);

        assertThat(JSON.readValue(json, sample.getClass())).isEqualTo(sample);
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredFields")
    void payloadWithoutARequiredFieldFails(String eventName, String path, ArrearsEvent sample) {
        ObjectNode json = JSON.valueToTree(sample);
        remove(json, path);

        assertThat(validate(sample.getClass(), json)).as("errors without %s", path).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void addingAnUnknownFieldStaysValid(ArrearsEvent sample) {
        ObjectNode json = JSON.valueToTree(sample);
        json.put("addedInALaterRelease", "anything");

        assertThat(validate(sample.getClass(), json)).isEmpty();
    }

    @Test
    void amountsTravelAsStrings() {
        JsonNode placed = JSON.valueToTree(EventSamples.accountPlaced());
        JsonNode adjusted = JSON.valueToTree(EventSamples.balanceAdjusted());

        assertThat(placed.at("/balances/principal").isTextual()).isTrue();
        assertThat(placed.at("/balances/principal").asText()).isEqualTo("1250.00");
        assertThat(placed.at("/balances/interest").asText()).isEqualTo("87.35");
        assertThat(adjusted.at("/change/principal").asText()).isEqualTo("-200.00");
        assertThat(adjusted.at("/balances/costs").asText()).isEqualTo("0.00");
    }

    @Test
    void amountAsANumberFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.balanceAdjusted());
        ((ObjectNode) json.get("balances")).put("principal", 1050.00);

        assertThat(validate(BalanceAdjusted.class, json)).isNotEmpty();
    }

    @Test
    void timesAndDatesTravelAsIsoStrings() {
        JsonNode placed = JSON.valueToTree(EventSamples.accountPlaced());

        assertThat(placed.get("placedAt").asText()).isEqualTo("2025-03-03T14:05:09Z");
        assertThat(placed.get("chargeOffDate").asText()).isEqualTo("2024-10-31");
    }

    @Test
    void malformedTimeFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.contactAttempted());
        json.put("startedAt", "10/03/2025 15:02");

        assertThat(validate(ContactAttempted.class, json)).isNotEmpty();
    }

    @Test
    void malformedDateFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.noticeSent());
        json.put("validationPeriodEnds", "2025-04-31");

        assertThat(validate(NoticeSent.class, json)).isNotEmpty();
    }

    @Test
    void unknownOutcomeFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.contactAttempted());
        json.put("outcome", "HUNG_UP");

        assertThat(validate(ContactAttempted.class, json)).isNotEmpty();
    }

    @Test
    void phoneNotInE164Fails() {
        ObjectNode json = JSON.valueToTree(EventSamples.contactPointsUpdated());
        ((ObjectNode) json.get("phones").get(0)).put("number", "(512) 555-0147");

        assertThat(validate(ContactPointsUpdated.class, json)).isNotEmpty();
    }

    @Test
    void confidenceAboveOneFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.contactPointsUpdated());
        ((ObjectNode) json.get("emails").get(0)).put("confidence", 1.5);

        assertThat(validate(ContactPointsUpdated.class, json)).isNotEmpty();
    }

    @Test
    void requestWithoutTimeZonesFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.contactRequested());
        json.putArray("timeZones");

        assertThat(validate(ContactRequested.class, json)).isNotEmpty();
    }

    @Test
    void nullForANonNullableFieldFails() {
        ObjectNode json = JSON.valueToTree(EventSamples.accountPlaced());
        json.putNull("creditorRef");

        assertThat(validate(AccountPlaced.class, json)).isNotEmpty();
    }

    @Test
    void nullForANullableFieldValidates() {
        JsonNode inbound = JSON.valueToTree(EventSamples.inboundCall());

        assertThat(inbound.get("requestId").isNull()).isTrue();
        assertThat(validate(ContactAttempted.class, inbound)).isEmpty();
    }

    // --- helpers

    static Set<ValidationMessage> validate(Class<?> eventClass, JsonNode json) {
        try (InputStream in = schemaStream(eventClass)) {
            JsonSchema schema = SCHEMAS.getSchema(in, CONFIG);
            return schema.validate(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode schemaNode(Class<?> eventClass) {
        try (InputStream in = schemaStream(eventClass)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InputStream schemaStream(Class<?> eventClass) {
        String path = "/schemas/" + EventCatalog.typeOf(eventClass) + ".json";
        InputStream in = EventSchemaTest.class.getResourceAsStream(path);
        assertThat(in).as("schema %s", path).isNotNull();
        return in;
    }

    /** A record's object schema lists exactly its components and requires exactly the non-nullable ones. */
    static void assertObjectSchemaMatches(Class<?> record, JsonNode objectSchema, JsonNode root, String where) {
        JsonNode schema = resolve(objectSchema, root);
        assertThat(schema.path("type").asText()).as("%s type", where).isEqualTo("object");
        assertThat(schema.path("additionalProperties").asBoolean(false)).as("%s additionalProperties", where)
                .isTrue();

        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        Set<String> properties = new HashSet<>();
        schema.path("properties").fieldNames().forEachRemaining(properties::add);
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        assertThat(properties).as("%s properties", where).containsExactlyInAnyOrderElementsOf(components);

        for (RecordComponent component : record.getRecordComponents()) {
            String at = where + "." + component.getName();
            JsonNode property = resolve(schema.path("properties").path(component.getName()), root);
            boolean nullable = allowsNull(property);
            if (component.getType().isPrimitive()) {
                assertThat(nullable).as("%s is primitive, so never null", at).isFalse();
            }
            assertThat(required.contains(component.getName())).as("%s required exactly when not nullable", at)
                    .isEqualTo(!nullable);
            if (component.getType().isRecord()) {
                assertObjectSchemaMatches(component.getType(), property, root, at);
            } else if (component.getType() == List.class) {
                assertThat(property.path("type").asText()).as("%s type", at).isEqualTo("array");
                Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType())
                        .getActualTypeArguments()[0];
                if (element.isRecord()) {
                    assertObjectSchemaMatches(element, property.path("items"), root, at + "[]");
                }
            }
        }
    }

    /** JSON pointer paths ("/balances/principal", "/phones/0/number") of required fields present in json. */
    static List<String> requiredPaths(JsonNode objectSchema, JsonNode root, JsonNode json, String prefix) {
        JsonNode schema = resolve(objectSchema, root);
        List<String> paths = new ArrayList<>();
        schema.path("required").forEach(r -> paths.add(prefix + "/" + r.asText()));
        schema.path("properties").properties().forEach(p -> {
            JsonNode property = resolve(p.getValue(), root);
            JsonNode value = json.path(p.getKey());
            String at = prefix + "/" + p.getKey();
            if (value.isObject()) {
                paths.addAll(requiredPaths(property, root, value, at));
            } else if (value.isArray() && !value.isEmpty() && value.get(0).isObject()) {
                paths.addAll(requiredPaths(property.path("items"), root, value.get(0), at + "/0"));
            }
        });
        return paths;
    }

    static JsonNode resolve(JsonNode schema, JsonNode root) {
        String ref = schema.path("$ref").asText("");
        return ref.startsWith("#/") ? root.at(ref.substring(1)) : schema;
    }

    static boolean allowsNull(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals("null")) {
                    return true;
                }
            }
        }
        return type.asText().equals("null");
    }

    static void remove(ObjectNode json, String pointer) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = slash == 0 ? json : json.at(pointer.substring(0, slash));
        ((ObjectNode) parent).remove(pointer.substring(slash + 1));
    }
}
