package org.arrears.accounts.inbound;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.account.BalanceChanges;
import org.arrears.accounts.account.Balances;
import org.arrears.events.payment.PaymentPosted;
import org.arrears.events.payment.PaymentReversed;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A returned payment puts its allocation back; a paid or settled account owes again. */
@ApplicationScoped
public class PaymentReversedHandler implements EventHandler<PaymentReversed> {

    private final AccountEvents events;
    private final BalanceChanges balances;

    public PaymentReversedHandler(AccountEvents events, BalanceChanges balances) {
        this.events = events;
        this.balances = balances;
    }

    @Override
    public Class<PaymentReversed> eventType() {
        return PaymentReversed.class;
    }

    @Override
    public void handle(PaymentReversed e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        if (!a.currency.equals(e.currency())) {
            throw new IllegalArgumentException("reversal in " + e.currency() + " on an account in " + a.currency);
        }
        events.applied(a.id, context, Map.of("paymentId", e.paymentId(), "amount", e.amount().toPlainString(),
                "reasonCode", String.valueOf(e.reasonCode())));
        PaymentPosted.Allocation p = e.allocation();
        Balances back = Balances.nullSafe(p.principal(), p.interest(), p.fees(), p.costs());
        balances.set(a, Balances.of(a).plus(back), BalanceChanges.PAYMENT_REVERSED, e.paymentId());
        balances.followReversal(a);
    }
}
