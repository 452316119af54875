package org.arrears.events.contact;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * One contact attempt happened, connected or not, outbound or inbound. Emitted by contact-service when a
 * dialer's disposition, an agent's record or a vendor's report arrives (one event per attempt, however often
 * the report is redelivered). compliance-service counts it in the debt's contact ledger; skiptrace-service
 * acts on WRONG_NUMBER, DISCONNECTED and RETURNED.
 * <ul>
 * <li>{@code requestId}: the ContactRequested it answers; null for inbound and manual attempts.</li>
 * <li>{@code checkId}: the compliance decision that allowed it; null for inbound attempts.</li>
 * <li>{@code channel}: CALL, SMS, EMAIL, LETTER or VOICEMAIL; {@code direction}: OUTBOUND or INBOUND.</li>
 * <li>{@code destination}: the E.164 number, email address or address id used.</li>
 * <li>{@code outcome}: NO_ANSWER, BUSY, VOICEMAIL_LIMITED_CONTENT, WRONG_NUMBER, DISCONNECTED,
 * RIGHT_PARTY_CONTACT, THIRD_PARTY, REFUSED_TO_PAY, PROMISE_TO_PAY, CALLBACK_REQUESTED, CEASE_REQUESTED,
 * DISPUTE_RAISED, DELIVERED, RETURNED.</li>
 * <li>{@code agent}: the agent's id; null when no agent took part.</li>
 * <li>{@code source}: DIALER, AGENT or VENDOR.</li>
 * </ul>
 */
@EventType(value = "org.arrears.contact.attempted.v1", topic = Topics.CONTACT_EVENTS)
public record ContactAttempted(
        String accountId,
        String attemptId,
        String requestId,
        String checkId,
        String channel,
        String destination,
        String direction,
        String outcome,
        Instant startedAt,
        int durationSeconds,
        String agent,
        String source) implements ArrearsEvent {
}
