package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A compliance hold: the account becomes DISPUTED (a DISPUTE hold) or HOLD. */
@ApplicationScoped
public class ComplianceHoldPlacedHandler implements EventHandler<ComplianceHoldPlaced> {

    private final AccountEvents events;
    private final Holds holds;

    ComplianceHoldPlacedHandler(AccountEvents events, Holds holds) {
        this.events = events;
        this.holds = holds;
    }

    @Override
    public Class<ComplianceHoldPlaced> eventType() {
        return ComplianceHoldPlaced.class;
    }

    @Override
    public void handle(ComplianceHoldPlaced e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        // The note is free text for people; the timeline shows only the hold's identity and type.
        events.applied(a.id, context, Map.of("holdId", e.holdId(), "type", e.type()));
        holds.place(a, e.holdId(), e.type(), e.placedAt());
    }
}
