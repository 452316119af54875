package org.arrears.contact.notice;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.contact.NoticeSent;
import org.arrears.platform.outbox.Outbox;
import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Produces an account's validation notice once: content, PDF, the stored copy and a NoticeSent in one
 * transaction. A second request returns the first notice: Reg F wants one validation notice per debt, and its
 * dates must not move.
 */
@ApplicationScoped
public class NoticeService {

    public static final String NOTICE_UNAVAILABLE = ProblemTypes.of("notice-unavailable");

    @Inject
    Clock clock;
    @Inject
    Outbox outbox;
    @Inject
    ObjectMapper json;

    /** The created notice, or the existing one with {@code created == false}. */
    public record Produced(ValidationNotice notice, boolean created) {
    }

    @Transactional
    public Produced produce(String accountId, String channel) {
        Optional<ValidationNotice> existing = ValidationNotice.ofAccount(accountId);
        if (existing.isPresent()) {
            return new Produced(existing.get(), false);
        }
        AccountFacts facts = AccountFacts.of(accountId).orElseThrow(() -> ProblemException.of(409,
                NOTICE_UNAVAILABLE, "Notice unavailable", "account " + accountId
                        + " has no placement on record here yet; its notice cannot be itemized"));
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        UUID id = UUID.randomUUID();
        NoticeContent content = NoticeBuilder.build(id.toString(), facts, today, channel);
        ValidationNotice notice = new ValidationNotice();
        notice.noticeId = id;
        notice.accountId = accountId;
        notice.channel = channel;
        notice.itemizationDate = content.itemizationDate();
        notice.disputeBy = content.disputeBy();
        notice.content = write(content);
        notice.pdf = NoticePdf.render(content);
        notice.sentAt = now;
        notice.persistAndFlush();
        outbox.publish(new NoticeSent(accountId, id.toString(), "VALIDATION", channel, now, content.itemizationDate(),
                content.disputeBy()));
        return new Produced(notice, true);
    }

    public NoticeContent content(ValidationNotice notice) {
        try {
            return json.readValue(notice.content, NoticeContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice " + notice.noticeId + " is unreadable", e);
        }
    }

    private String write(NoticeContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("notice content cannot be serialised", e);
        }
    }
}
