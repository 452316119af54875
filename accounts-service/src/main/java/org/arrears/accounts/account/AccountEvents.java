package org.arrears.accounts.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.accounts.timeline.Timeline;
import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventCatalog;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.outbox.Outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one way this service emits account events: into the outbox and onto the account's timeline, in the
 * caller's transaction. Consumed events go onto the timeline through {@link #applied}.
 */
@ApplicationScoped
public class AccountEvents {

    private final Outbox outbox;
    private final Timeline timeline;
    private final ObjectMapper mapper;
    private final Clock clock;

    public AccountEvents(Outbox outbox, Timeline timeline, ObjectMapper mapper, Clock clock) {
        this.outbox = outbox;
        this.timeline = timeline;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(List<? extends ArrearsEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        List<UUID> ids = outbox.publishAll(events);
        Instant now = Instant.now(clock);
        List<Timeline.Entry> entries = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            ArrearsEvent e = events.get(i);
            entries.add(new Timeline.Entry(UUID.fromString(e.accountId()), ids.get(i).toString(),
                    EventCatalog.typeOf(e.getClass()), Timeline.PUBLISHED, now, json(e)));
        }
        timeline.record(entries);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(ArrearsEvent... events) {
        publish(List.of(events));
    }

    /** Records an event from another service on the timeline; {@code detail} is what to show of it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applied(UUID accountId, EventContext context, Object detail) {
        Instant at = context.time() == null ? Instant.now(clock) : context.time();
        timeline.record(List.of(new Timeline.Entry(accountId, context.eventId(), context.type(), Timeline.CONSUMED,
                at, json(detail))));
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
