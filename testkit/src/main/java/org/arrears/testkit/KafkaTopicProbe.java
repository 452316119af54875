package org.arrears.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads and writes Kafka records from tests, without sleeps. */
public final class KafkaTopicProbe {

    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration MAX_POLL = Duration.ofMillis(200);

    private KafkaTopicProbe() {
    }

    /**
     * Reads the topic from the beginning with a fresh consumer group until {@code count} records match or the
     * timeout passes. Returns every match seen by then: at least {@code count}, in offset order within
     * a partition.
     *
     * @throws AssertionError on timeout, saying how many matched out of how many read
     */
    public static List<ConsumerRecord<String, byte[]>> awaitRecords(String bootstrap, String topic,
            Predicate<ConsumerRecord<String, byte[]>> match, int count, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> matches = new ArrayList<>();
        int read = 0;
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerConfig(bootstrap),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (matches.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("expected " + count + " matching records on " + topic + " within "
                            + timeout + ", got " + matches.size() + " out of " + read + " read");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(
                        Duration.ofNanos(Math.min(left, MAX_POLL.toNanos())))) {
                    read++;
                    if (match.test(r)) {
                        matches.add(r);
                    }
                }
            }
        }
        return matches;
    }

    /** Sends one record and waits for the broker to acknowledge it on all replicas. Header values are UTF-8. */
    public static void send(String bootstrap, String topic, String key, Map<String, String> headers, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        // A producer per call: a cached one could outlive the broker it knew (tests restart brokers).
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(record).get(SEND_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + topic, e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("send to " + topic + " not acknowledged within " + SEND_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        }
    }

    /** The header's value as UTF-8 text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static Map<String, Object> consumerConfig(String bootstrap) {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "testkit-probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                // A topic created after subscribing shows up within a second, not after the 5-minute default.
                ConsumerConfig.METADATA_MAX_AGE_CONFIG, 1000);
    }

    private static Map<String, Object> producerConfig(String bootstrap) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 0);
    }
}
