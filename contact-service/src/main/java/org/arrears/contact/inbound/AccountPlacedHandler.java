package org.arrears.contact.inbound;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.contact.contactpoint.ContactPoints;
import org.arrears.contact.contactpoint.Destination;
import org.arrears.contact.notice.AccountFacts;
import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/**
 * Keeps the placement's facts for the validation notice (creditor, balances, dates), and seeds the debtor's
 * destinations from it, so an account can be worked before skip tracing has
 * spoken. Only an empty set is seeded: a ContactPointsUpdated is the authority once one has arrived. The
 * creditor's points carry no confidence; they get {@value #PLACEMENT_CONFIDENCE}.
 */
@ApplicationScoped
public class AccountPlacedHandler implements EventHandler<AccountPlaced> {

    static final double PLACEMENT_CONFIDENCE = 0.5;

    @Inject
    ContactPoints contactPoints;

    @Override
    public Class<AccountPlaced> eventType() {
        return AccountPlaced.class;
    }

    @Override
    public void handle(AccountPlaced event, EventContext context) {
        keepFacts(event);
        if (contactPoints.known(event.accountId())) {
            return;
        }
        List<Destination> seed = new ArrayList<>();
        if (event.phones() != null) {
            event.phones().forEach(p -> seed.add(new Destination(p.number(), Destination.PHONE, p.type(), p.source(),
                    p.autodialConsent(), PLACEMENT_CONFIDENCE, "ACTIVE", false)));
        }
        if (event.emails() != null) {
            event.emails().forEach(e -> seed.add(new Destination(e.address(), Destination.EMAIL, null, e.source(),
                    false, PLACEMENT_CONFIDENCE, "ACTIVE", false)));
        }
        contactPoints.replace(event.accountId(), seed);
        Log.infof("account %s seeded with %d destination(s) from its placement (event %s)", event.accountId(),
                seed.size(), context.eventId());
    }

    /** What the validation notice is itemized from; the first placement of an account is the one kept. */
    private static void keepFacts(AccountPlaced e) {
        if (AccountFacts.of(e.accountId()).isPresent()) {
            return;
        }
        AccountFacts f = new AccountFacts();
        f.accountId = e.accountId();
        f.creditorId = e.creditorId();
        f.creditorRef = e.creditorRef();
        f.accountType = e.accountType();
        f.currency = e.currency();
        f.principal = orZero(e.balances() == null ? null : e.balances().principal());
        f.interest = orZero(e.balances() == null ? null : e.balances().interest());
        f.fees = orZero(e.balances() == null ? null : e.balances().fees());
        f.costs = orZero(e.balances() == null ? null : e.balances().costs());
        f.chargeOffDate = e.chargeOffDate();
        f.firstDelinquencyDate = e.firstDelinquencyDate();
        f.placedAt = e.placedAt();
        f.persist();
    }

    private static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? BigDecimal.ZERO : amount;
    }
}
