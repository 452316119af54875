package org.arrears.compliance.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.profile.DebtProfileService;
import org.arrears.events.contact.NoticeSent;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** A validation notice went out: it starts the validation period and meets the notice deadline. */
@ApplicationScoped
public class NoticeSentHandler implements EventHandler<NoticeSent> {

    @Inject
    DebtProfileService profiles;

    @Override
    public Class<NoticeSent> eventType() {
        return NoticeSent.class;
    }

    @Override
    public void handle(NoticeSent event, EventContext context) {
        if (!profiles.noticeSent(event)) {
            Log.warnf("notice %s for account %s not applied (no profile, or not a validation notice); event %s",
                    event.noticeId(), event.accountId(), context.eventId());
        }
    }
}
