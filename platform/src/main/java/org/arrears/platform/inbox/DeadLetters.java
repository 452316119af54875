package org.arrears.platform.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.arrears.events.Topics;
import org.arrears.platform.event.ServiceIdentity;

import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/**
 * Sets a poison event aside in {@code <topic>.dlq} with the original key, value and headers plus why it failed,
 * so the consumer can go on. Operators replay it from there once the cause is fixed.
 */
@ApplicationScoped
public class DeadLetters {

    // Header names of SmallRye's dead-letter strategy, plus the consumer group that gave up (docs/asyncapi.yaml).
    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";

    @Inject
    ServiceIdentity service;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    private Producer<String, byte[]> producer;

    /** Blocks until the broker has the dead letter: the original offset is committed only after that. */
    public void send(ConsumerRecord<String, byte[]> original, String reason) {
        ProducerRecord<String, byte[]> letter = new ProducerRecord<>(Topics.deadLetterOf(original.topic()),
                original.key(), original.value());
        for (Header h : original.headers()) {
            letter.headers().add(h);
        }
        add(letter, REASON, reason);
        add(letter, TOPIC, original.topic());
        add(letter, PARTITION, String.valueOf(original.partition()));
        add(letter, OFFSET, String.valueOf(original.offset()));
        add(letter, CONSUMER_GROUP, service.name());
        long backoff = 200;
        while (true) {
            try {
                producer().send(letter).get(30, TimeUnit.SECONDS);
                Log.warnf("event %s from %s/%d@%d set aside in %s: %s", original.key(), original.topic(),
                        original.partition(), original.offset(), letter.topic(), reason);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a dead letter", e);
            } catch (Exception e) {
                Log.warnf("cannot write dead letter to %s yet (%s); retrying", letter.topic(), e.getMessage());
                sleep(backoff);
                backoff = Math.min(backoff * 2, Duration.ofSeconds(10).toMillis());
            }
        }
    }

    private static void add(ProducerRecord<String, byte[]> letter, String name, String value) {
        letter.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private synchronized Producer<String, byte[]> producer() {
        if (producer == null) {
            Map<String, Object> p = new HashMap<>();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
            p.put(ProducerConfig.CLIENT_ID_CONFIG, service.name() + "-dead-letters");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing a dead letter", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }
}
