package org.arrears.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventCatalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The transactional outbox: a service records the events of a state change in the same transaction as the
 * change; {@link OutboxRelay} publishes them to Kafka after commit. Never send to Kafka inside a request.
 */
@ApplicationScoped
public class Outbox {

    /** Fixed: changing it would move keys between shards while rows are pending. */
    public static final int SHARDS = 16;

    private static final String INSERT = "INSERT INTO outbox_event "
            + "(event_id, shard, topic, event_key, event_type, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final ObjectMapper mapper;
    private final Clock clock;

    public Outbox(DataSource dataSource, ObjectMapper mapper, Clock clock) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** Adds one event to the caller's transaction; returns its CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(ArrearsEvent event) {
        return publishAll(List.of(event)).get(0);
    }

    /** Adds events in order to the caller's transaction with one batched statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> publishAll(List<? extends ArrearsEvent> events) {
        List<UUID> ids = new ArrayList<>(events.size());
        Timestamp now = Timestamp.from(Instant.now(clock));
        // The connection joins the JTA transaction; closing it hands it back to the transaction, not the pool.
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(INSERT)) {
            for (ArrearsEvent event : events) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                String key = Objects.requireNonNull(event.accountId(), "an event needs an accountId (its Kafka key)");
                ps.setObject(1, id);
                ps.setShort(2, (short) shardOf(key));
                ps.setString(3, EventCatalog.topicOf(event.getClass()));
                ps.setString(4, key);
                ps.setString(5, EventCatalog.typeOf(event.getClass()));
                ps.setTimestamp(6, now);
                ps.setString(7, mapper.writeValueAsString(event));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event cannot be serialised: " + e.getOriginalMessage(), e);
        }
        return ids;
    }

    static int shardOf(String key) {
        return Math.floorMod(key.hashCode(), SHARDS);
    }
}
