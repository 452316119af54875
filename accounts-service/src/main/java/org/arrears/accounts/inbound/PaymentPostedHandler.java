package org.arrears.accounts.inbound;

import java.time.ZoneOffset;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountEvents;
import org.arrears.accounts.account.BalanceChanges;
import org.arrears.accounts.account.Balances;
import org.arrears.events.payment.PaymentPosted;
import org.arrears.platform.inbox.EventContext;
import org.arrears.platform.inbox.EventHandler;

/** A payment lowers the buckets by its allocation; paid in full closes the account as PAID. */
@ApplicationScoped
public class PaymentPostedHandler implements EventHandler<PaymentPosted> {

    private final AccountEvents events;
    private final BalanceChanges balances;

    public PaymentPostedHandler(AccountEvents events, BalanceChanges balances) {
        this.events = events;
        this.balances = balances;
    }

    @Override
    public Class<PaymentPosted> eventType() {
        return PaymentPosted.class;
    }

    @Override
    public void handle(PaymentPosted e, EventContext context) {
        Account a = InboundAccounts.of(e.accountId());
        if (!a.currency.equals(e.currency())) {
            throw new IllegalArgumentException("payment in " + e.currency() + " on an account in " + a.currency);
        }
        events.applied(a.id, context, Map.of("paymentId", e.paymentId(), "amount", e.amount().toPlainString(),
                "currency", e.currency(), "method", String.valueOf(e.method())));
        PaymentPosted.Allocation p = e.allocation();
        Balances paid = Balances.nullSafe(p.principal(), p.interest(), p.fees(), p.costs());
        balances.set(a, Balances.of(a).minusFloored(paid), BalanceChanges.PAYMENT_POSTED, e.paymentId());
        if (e.postedAt() != null) {
            a.lastPaymentDate = e.postedAt().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        balances.followPayment(a);
    }
}
