package org.arrears.events.contact;

import java.time.Instant;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * The debtor in person was reached and the debt discussed. Emitted by contact-service beside the
 * ContactAttempted whose outcome shows it, for consumers that care only about conversations (reporting's
 * right-party contact rate); compliance-service applies the 7-day rule after a telephone conversation
 * (Reg F 1006.14(b)(2)(i)(B)) from the ContactAttempted itself. {@code channel} is one of CALL, SMS, EMAIL,
 * LETTER, VOICEMAIL.
 */
@EventType(value = "org.arrears.contact.right-party-contacted.v1", topic = Topics.CONTACT_EVENTS)
public record RightPartyContacted(
        String accountId,
        String attemptId,
        String channel,
        Instant contactedAt) implements ArrearsEvent {
}
