package org.arrears.testkit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Publishes an event as another service would: CloudEvents 1.0 in Kafka binary mode (attributes in
 * {@code ce_*} headers, the JSON record as the value), keyed and subjected by account id, on the topic the
 * event contract names. For tests that feed a service an event from upstream.
 */
public final class CloudEventRecords {

    public static final String SOURCE = "/arrears/test";
    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS);

    private CloudEventRecords() {
    }

    /** Sends the event with a random id, which it returns. */
    public static String send(String bootstrap, ArrearsEvent event) {
        String id = UUID.randomUUID().toString();
        send(bootstrap, event, id);
        return id;
    }

    /** Sends the event with the given id: send the same id twice to test duplicate handling. */
    public static void send(String bootstrap, ArrearsEvent event, String id) {
        KafkaTopicProbe.send(bootstrap, EventCatalog.topicOf(event.getClass()), event.accountId(),
                headers(event, id), toJson(event));
    }

    /** The Kafka headers of the event in CloudEvents binary mode. */
    public static Map<String, String> headers(ArrearsEvent event, String id) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("ce_specversion", SPEC_VERSION);
        h.put("ce_id", id);
        h.put("ce_type", EventCatalog.typeOf(event.getClass()));
        h.put("ce_source", SOURCE);
        h.put("ce_subject", event.accountId());
        h.put("ce_time", Instant.now().toString());
        h.put("content-type", CONTENT_TYPE);
        return h;
    }

    /** The event record as JSON: dates as ISO-8601 strings, as the services write them. */
    public static byte[] toJson(ArrearsEvent event) {
        try {
            return JSON.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + event.getClass().getName(), e);
        }
    }
}
