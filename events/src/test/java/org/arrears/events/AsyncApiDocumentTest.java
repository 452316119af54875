package org.arrears.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/** docs/asyncapi.yaml documents every topic and event type of the contract. */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("..", "docs", "asyncapi.yaml");
    static final Pattern SCHEMA_REF = Pattern.compile("\\$ref: '(\\.\\./events/src/main/resources/schemas/[^']+)'");

    static String text;
    static JsonNode yaml;

    @BeforeAll
    static void read() throws IOException {
        text = Files.readString(DOCUMENT);
        yaml = new ObjectMapper(new YAMLFactory()).readTree(text);
    }

    static Stream<Class<? extends ArrearsEvent>> eventClasses() {
        return EventCatalog.ALL.stream();
    }

    static Stream<String> topics() {
        return EventCatalogTest.topics().stream();
    }

    @ParameterizedTest
    @MethodSource("topics")
    void describesEveryTopicAndItsDeadLetterTopic(String topic) {
        assertThat(text).contains("address: " + topic + "\n", "address: " + Topics.deadLetterOf(topic) + "\n");
    }

    @ParameterizedTest
    @MethodSource("eventClasses")
    void describesEveryTypeAsAMessageOnItsTopic(Class<? extends ArrearsEvent> eventClass) {
        String type = EventCatalog.typeOf(eventClass);
        assertThat(text).contains(type);

        JsonNode channel = channelWithAddress(EventCatalog.topicOf(eventClass));
        String name = eventClass.getSimpleName();
        assertThat(channel.path("messages").path(name).path("$ref").asText())
                .isEqualTo("#/components/messages/" + name);

        JsonNode message = yaml.at("/components/messages/" + name);
        assertThat(message.at("/payload/$ref").asText())
                .isEqualTo("../events/src/main/resources/schemas/" + type + ".json");
        assertThat(message.at("/headers/allOf/1/properties/ce_type/const").asText()).isEqualTo(type);
    }

    @Test
    void everySchemaItReferencesExists() {
        Matcher m = SCHEMA_REF.matcher(text);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }

        assertThat(refs).hasSize(EventCatalog.ALL.size());
        assertThat(refs).allSatisfy(ref -> assertThat(DOCUMENT.resolveSibling(ref)).isRegularFile());
    }

    @Test
    void namesEveryServiceAndTheCloudEventsHeaders() {
        assertThat(text).contains("accounts-service", "contact-service", "payments-service", "skiptrace-service",
                "compliance-service");
        JsonNode headers = yaml.at("/components/schemas/CloudEventHeaders/properties");
        assertThat(headers.has("ce_specversion")).isTrue();
        for (String header : List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "content-type")) {
            assertThat(headers.has(header)).as(header).isTrue();
        }
        assertThat(headers.at("/content-type/const").asText()).isEqualTo("application/json");
    }

    @Test
    void everyOperationPointsAtADescribedChannel() {
        yaml.path("operations").properties().forEach(op -> {
            String ref = op.getValue().at("/channel/$ref").asText();
            assertThat(ref).as(op.getKey()).startsWith("#/channels/");
            assertThat(yaml.at(ref.substring(1)).isMissingNode()).as(op.getKey() + " -> " + ref).isFalse();
        });
    }

    private static JsonNode channelWithAddress(String topic) {
        List<JsonNode> found = new ArrayList<>();
        yaml.path("channels").forEach(c -> {
            if (c.path("address").asText().equals(topic)) {
                found.add(c);
            }
        });
        assertThat(found).as("channel with address %s", topic).hasSize(1);
        return found.get(0);
    }
}
