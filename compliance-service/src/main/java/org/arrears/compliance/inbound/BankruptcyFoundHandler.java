package org.arrears.compliance.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.compliance.hold.HoldService;
import org.arrears.compliance.rules.HoldType;
import org.arrears.events.skiptrace.BankruptcyFound;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/**
 * An open case stays collection (11 USC 362(a)(6)); a dismissed one ends the stay. A discharge or a closed
 * case keeps the hold: the discharge injunction replaces the stay, and only an officer may judge otherwise.
 */
@ApplicationScoped
public class BankruptcyFoundHandler implements EventHandler<BankruptcyFound> {

    @Inject
    HoldService holds;

    @Override
    public Class<BankruptcyFound> eventType() {
        return BankruptcyFound.class;
    }

    @Override
    public void handle(BankruptcyFound e, EventContext context) {
        switch (e.status()) {
            case "OPEN", "DISCHARGED", "CLOSED" -> holds.placeFromEvent(e.accountId(), HoldType.BANKRUPTCY,
                    "chapter " + e.chapter() + " case " + e.status().toLowerCase(java.util.Locale.ROOT),
                    context.eventId());
            case "DISMISSED" -> holds.liftFromEvent(e.accountId(), HoldType.BANKRUPTCY, "case dismissed");
            default -> throw new IllegalArgumentException("unknown bankruptcy status " + e.status());
        }
    }
}
