package org.arrears.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.arrears.platform.event.CloudEventHeaders;
import org.arrears.platform.event.ServiceIdentity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;

/**
 * Publishes committed outbox rows to Kafka (idempotent producer, acks=all, key = accountId) and marks them
 * published. Each pass locks the free shards with {@code FOR UPDATE SKIP LOCKED}, so replicas share the work
 * and one account's events are never published by two replicas at once. Kafka may see a batch twice when a
 * pass fails after sending; consumers' inboxes drop the repeat by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final String LOCK_SHARDS = "SELECT shard FROM outbox_shard FOR UPDATE SKIP LOCKED";
    private static final String PENDING = "SELECT id, event_id, topic, event_key, event_type, occurred_at, payload "
            + "FROM outbox_event WHERE published_at IS NULL AND shard = ANY (?) ORDER BY id LIMIT ?";
    private static final String MARK = "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)";

    @Inject
    DataSource dataSource;
    @Inject
    OutboxConfig config;
    @Inject
    ServiceIdentity service;
    @Inject
    Event<OutboxBatchSent> batchSent;
    @Inject
    MeterRegistry registry;
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;
    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String dbPassword;

    private Producer<String, byte[]> producer;
    private Thread worker;
    private volatile boolean running;
    private volatile String lastError;
    private Counter published;
    private Counter failures;

    void onStart(@Observes StartupEvent ev) {
        published = registry.counter("arrears.outbox.published");
        failures = registry.counter("arrears.outbox.failures");
        if (config.relay().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent ev) {
        stop();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        producer = new KafkaProducer<>(producerConfig());
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    /** Stops publishing; a pass in flight is rolled back and its rows are published after the next start. */
    public synchronized void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            worker = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }

    public boolean isRunning() {
        return running && worker != null && worker.isAlive();
    }

    /** The last failure's message while the relay is backing off, else null. */
    public String lastError() {
        return lastError;
    }

    private void run() {
        long backoff = 100;
        try (OutboxWakeups wakeups = new OutboxWakeups(jdbcUrl, dbUser, dbPassword)) {
            while (running) {
                try {
                    int sent = publishOnce();
                    lastError = null;
                    backoff = 100;
                    if (sent < config.relay().batchSize()) {
                        wakeups.await(config.relay().pollInterval());
                    }
                } catch (Exception e) {
                    if (!running) {
                        break;
                    }
                    failures.increment();
                    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                    Log.warnf("outbox relay pass failed, retrying in %d ms: %s", backoff, lastError);
                    Thread.sleep(backoff);
                    backoff = Math.min(backoff * 2, config.relay().maxBackoff().toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One pass: publish up to a batch of pending rows of the shards no other replica holds. */
    int publishOnce() {
        return QuarkusTransaction.requiringNew().timeout(120).call(() -> {
            try (Connection c = dataSource.getConnection()) {
                List<Short> shards = lockFreeShards(c);
                if (shards.isEmpty()) {
                    return 0;
                }
                List<OutboxRecord> batch = pending(c, shards);
                if (batch.isEmpty()) {
                    return 0;
                }
                send(batch);
                batchSent.fire(new OutboxBatchSent(batch));
                markPublished(c, batch);
                published.increment(batch.size());
                return batch.size();
            }
        });
    }

    private List<Short> lockFreeShards(Connection c) throws SQLException {
        List<Short> shards = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(LOCK_SHARDS); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                shards.add(rs.getShort(1));
            }
        }
        return shards;
    }

    private List<OutboxRecord> pending(Connection c, List<Short> shards) throws SQLException {
        List<OutboxRecord> batch = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setArray(1, c.createArrayOf("smallint", shards.toArray()));
            ps.setInt(2, config.relay().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    batch.add(new OutboxRecord(rs.getLong(1), rs.getObject(2, java.util.UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getString(7)));
                }
            }
        }
        return batch;
    }

    private void send(List<OutboxRecord> batch) throws Exception {
        List<Future<?>> acks = new ArrayList<>(batch.size());
        for (OutboxRecord r : batch) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(r.topic(), r.key(),
                    r.payload().getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.write(record.headers(), r.eventId().toString(), r.type(), service.eventSource(),
                    r.key(), r.occurredAt());
            acks.add(producer.send(record));
        }
        producer.flush();
        for (Future<?> ack : acks) {
            ack.get();
        }
    }

    private void markPublished(Connection c, List<OutboxRecord> batch) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(MARK)) {
            Array ids = c.createArrayOf("bigint", batch.stream().map(OutboxRecord::id).toArray());
            ps.setArray(1, ids);
            ps.executeUpdate();
        }
    }

    private Map<String, Object> producerConfig() {
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaConfig.get("bootstrap.servers"));
        p.put(ProducerConfig.CLIENT_ID_CONFIG, service.name() + "-outbox-relay");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 128 * 1024);
        // Fail a pass within seconds when the broker is gone, so the relay backs off instead of hanging.
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
