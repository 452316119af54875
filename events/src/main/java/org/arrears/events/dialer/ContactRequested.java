package org.arrears.events.dialer;

import java.time.Instant;
import java.util.List;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A request for a partner dialer or message vendor to contact the debtor once. Emitted by contact-service
 * after compliance allowed the contact; consumed by partner dialers and SMS/email/letter vendors, who must
 * still call the pre-dial check right before dialling or sending, and report back a DispositionReported.
 * <ul>
 * <li>{@code channel}: CALL, SMS, EMAIL, LETTER or VOICEMAIL; {@code destination}: an E.164 number, an
 * email address or an address id.</li>
 * <li>{@code lineType}: MOBILE, LANDLINE or UNKNOWN (treat as mobile) for phones; null otherwise.</li>
 * <li>{@code timeZones}: every IANA zone the debtor may be in; {@code windowFrom}..{@code windowUntil} is
 * the permitted window, already intersected over all of them.</li>
 * <li>{@code autodialAllowed}: false means a human must place the call (no TCPA consent).</li>
 * </ul>
 */
@EventType(value = "org.arrears.dialer.contact-requested.v1", topic = Topics.DIALER_REQUESTS)
public record ContactRequested(
        String accountId,
        String requestId,
        String channel,
        String destination,
        String lineType,
        List<String> timeZones,
        Instant windowFrom,
        Instant windowUntil,
        int attemptsInLast7Days,
        int priority,
        String queue,
        boolean autodialAllowed,
        Instant requestedAt) implements ArrearsEvent {
}
