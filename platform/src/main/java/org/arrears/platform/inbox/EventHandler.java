package org.arrears.platform.inbox;

import org.arrears.events.ArrearsEvent;

/**
 * Applies one type of event to this service's state. Implementations are CDI beans; the platform calls
 * {@link #handle} inside the transaction that also records the event id in the inbox, at most once per event.
 * Throwing rolls both back.
 */
public interface EventHandler<E extends ArrearsEvent> {

    Class<E> eventType();

    void handle(E event, EventContext context);
}
