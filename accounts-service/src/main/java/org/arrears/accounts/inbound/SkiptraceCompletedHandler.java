package org.arrears.accounts.inbound;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountDocuments;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.debtor.ContactPointMerge;
import org.arrears.accounts.debtor.DebtorProfile;
import org.arrears.events.account.ContactPointsUpdated;
import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A skip trace's findings join the debtor's contact points; ContactPointsUpdated carries the full set. */
@ApplicationScoped
public class SkiptraceCompletedHandler implements EventHandler<SkiptraceCompleted> {

    private final AccountEvents events;
    private final AccountDocuments documents;
    private final Clock clock;

    SkiptraceCompletedHandler(AccountEvents events, AccountDocuments documents, Clock clock) {
        this.events = events;
        this.documents = documents;
        this.clock = clock;
    }

    @Override
    public Class<SkiptraceCompleted> eventType() {
        return SkiptraceCompleted.class;
    }

    @Override
    public void handle(SkiptraceCompleted e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        // Counts only: the points themselves are on the account and in ContactPointsUpdated.
        events.applied(a.id, context, Map.of("requestId", e.requestId(),
                "phones", e.phones() == null ? 0 : e.phones().size(),
                "addresses", e.addresses() == null ? 0 : e.addresses().size(),
                "emails", e.emails() == null ? 0 : e.emails().size()));
        DebtorProfile merged = ContactPointMerge.merge(documents.debtor(a), e);
        Instant now = Instant.now(clock);
        a.debtor = documents.write(merged);
        a.updatedAt = now;
        String debtorKey = a.debtorKey != null ? a.debtorKey : e.debtorKey();
        events.publish(new ContactPointsUpdated(a.id.toString(), a.creditorId, debtorKey,
                merged.phones().stream().map(p -> new ContactPointsUpdated.Phone(p.number(), p.type(), p.source(),
                        p.autodialConsent(), p.confidence(), p.status())).toList(),
                merged.emails().stream().map(m -> new ContactPointsUpdated.Email(m.address(), m.source(),
                        m.confidence(), m.status())).toList(),
                merged.addresses().stream().map(ad -> new ContactPointsUpdated.Address(ad.addressId(), ad.line1(),
                        ad.line2(), ad.city(), ad.state(), ad.postalCode(), ad.country(), ad.source(),
                        ad.confidence(), ad.status())).toList(),
                now));
    }
}
