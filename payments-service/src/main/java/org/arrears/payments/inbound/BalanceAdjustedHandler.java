package org.arrears.payments.inbound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.account.BalanceAdjusted;
import org.arrears.payments.balance.Adjustments;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

import io.quarkus.logging.Log;

/** Manual adjustments and judgments reach payments' copy of the balance here; see {@link Adjustments}. */
@ApplicationScoped
public class BalanceAdjustedHandler implements EventHandler<BalanceAdjusted> {

    @Inject
    Adjustments adjustments;

    @Override
    public Class<BalanceAdjusted> eventType() {
        return BalanceAdjusted.class;
    }

    @Override
    public void handle(BalanceAdjusted event, EventContext context) {
        if (adjustments.apply(event)) {
            Log.infof("account %s balance adjusted (%s %s, event %s)", event.accountId(), event.cause(),
                    event.causeId(), context.eventId());
        }
    }
}
