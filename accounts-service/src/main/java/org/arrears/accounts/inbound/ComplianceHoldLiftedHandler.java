package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A lifted hold: back to the status before the holds once none is left. */
@ApplicationScoped
public class ComplianceHoldLiftedHandler implements EventHandler<ComplianceHoldLifted> {

    private final AccountEvents events;
    private final Holds holds;

    ComplianceHoldLiftedHandler(AccountEvents events, Holds holds) {
        this.events = events;
        this.holds = holds;
    }

    @Override
    public Class<ComplianceHoldLifted> eventType() {
        return ComplianceHoldLifted.class;
    }

    @Override
    public void handle(ComplianceHoldLifted e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        events.applied(a.id, context, Map.of("holdId", e.holdId(), "type", e.type()));
        holds.lift(a, e.holdId());
    }
}
