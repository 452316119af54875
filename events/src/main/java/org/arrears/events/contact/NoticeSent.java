package org.arrears.events.contact;

import java.time.Instant;
import java.time.LocalDate;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventType;
import org.arrears.events.Topics;

/**
 * A notice went out to the debtor. Emitted by contact-service when the letter or email vendor confirms the
 * send; compliance-service records it (VALIDATION_NOTICE, Reg F 1006.34) and keeps collection from
 * overshadowing the debtor's rights until {@code validationPeriodEnds}. {@code kind} is VALIDATION;
 * {@code channel} is LETTER, EMAIL or SMS (a link to the notice); {@code itemizationDate} is the Reg F
 * itemization date the notice used.
 */
@EventType(value = "org.arrears.contact.notice-sent.v1", topic = Topics.CONTACT_EVENTS)
public record NoticeSent(
        String accountId,
        String noticeId,
        String kind,
        String channel,
        Instant sentAt,
        LocalDate itemizationDate,
        LocalDate validationPeriodEnds) implements ArrearsEvent {
}
