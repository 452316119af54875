package org.arrears.platform.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventCatalog;
import org.arrears.platform.event.CloudEventHeaders;
import org.arrears.platform.failure.Failures;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;

/**
 * The one Kafka entry point of a service: consumes the topics listed in
 * {@code mp.messaging.incoming.arrears-in.topics} in batches, applies each event to the {@link EventHandler}s
 * for its type exactly once (inbox id and effect in one transaction), waits out database outages, and sets
 * poison events aside in the dead-letter topic so the rest keep flowing. Types without a handler are skipped.
 */
@ApplicationScoped
public class InboundEvents {

    public static final String CHANNEL = "arrears-in";

    @Inject
    @Any
    Instance<EventHandler<?>> handlerBeans;
    @Inject
    Inbox inbox;
    @Inject
    DeadLetters deadLetters;
    @Inject
    InboxConfig config;
    @Inject
    ObjectMapper mapper;

    private final Map<String, List<EventHandler<ArrearsEvent>>> handlers = new HashMap<>();

    @PostConstruct
    @SuppressWarnings("unchecked")
    void collectHandlers() {
        for (EventHandler<?> h : handlerBeans) {
            handlers.computeIfAbsent(EventCatalog.typeOf(h.eventType()), t -> new ArrayList<>())
                    .add((EventHandler<ArrearsEvent>) h);
        }
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        List<Delivery> deliveries = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            String id = CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID);
            String type = CloudEventHeaders.read(r.headers(), CloudEventHeaders.TYPE);
            if (id == null || type == null) {
                deadLetters.send(r, "not a CloudEvent: ce_id or ce_type header missing");
                continue;
            }
            List<EventHandler<ArrearsEvent>> hs = handlers.get(type);
            if (hs != null) {
                deliveries.add(new Delivery(r, id, type, hs));
            }
        }
        if (deliveries.isEmpty()) {
            return;
        }
        try {
            waitingOutOutages(() -> applyInOneTransaction(deliveries));
        } catch (RuntimeException poison) {
            // Something in the batch fails for good: apply one by one so only the culprit is set aside.
            for (Delivery d : deliveries) {
                applyAlone(d);
            }
        }
    }

    private void applyInOneTransaction(List<Delivery> deliveries) {
        QuarkusTransaction.requiringNew().run(() -> deliveries.forEach(this::apply));
    }

    private void applyAlone(Delivery d) {
        for (int attempt = 1;; attempt++) {
            try {
                waitingOutOutages(() -> QuarkusTransaction.requiringNew().run(() -> apply(d)));
                return;
            } catch (RuntimeException e) {
                if (attempt >= config.maxAttempts()) {
                    deadLetters.send(d.record(), rootMessage(e));
                    return;
                }
            }
        }
    }

    private void apply(Delivery d) {
        if (!inbox.firstDelivery(d.id(), d.type(), d.record().topic())) {
            return;
        }
        ArrearsEvent event = parse(d);
        EventContext ctx = context(d);
        for (EventHandler<ArrearsEvent> h : d.handlers()) {
            h.handle(event, ctx);
        }
    }

    private ArrearsEvent parse(Delivery d) {
        Class<? extends ArrearsEvent> type = EventCatalog.classOf(d.type()).orElseThrow();
        try {
            return mapper.readValue(d.record().value(), type);
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read " + d.type() + ": " + e.getMessage(), e);
        }
    }

    private static EventContext context(Delivery d) {
        ConsumerRecord<String, byte[]> r = d.record();
        String time = CloudEventHeaders.read(r.headers(), CloudEventHeaders.TIME);
        return new EventContext(d.id(), d.type(), CloudEventHeaders.read(r.headers(), CloudEventHeaders.SOURCE),
                time == null ? Instant.ofEpochMilli(r.timestamp()) : Instant.parse(time), r.topic(), r.partition(),
                r.offset());
    }

    /** Runs {@code work}, retrying for as long as the cause is an outage; other failures are thrown. */
    private void waitingOutOutages(Runnable work) {
        long backoff = 100;
        while (true) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (!Failures.isRetryable(e)) {
                    throw e;
                }
                Log.warnf("database unavailable while applying events (%s); retrying in %d ms", rootMessage(e),
                        backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 2, config.maxBackoff().toMillis());
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private record Delivery(ConsumerRecord<String, byte[]> record, String id, String type,
            List<EventHandler<ArrearsEvent>> handlers) {
    }
}
