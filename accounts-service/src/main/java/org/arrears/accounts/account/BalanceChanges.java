package org.arrears.accounts.account;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.BalanceAdjusted;

/**
 * Applies a change of balance to an account and emits BalanceAdjusted with the buckets after it and the signed
 * change, then lets the status follow: zero balance means paid in full (PAID and AccountClosed); money arriving
 * on an account nobody has agreed a plan for means PAYING; money taken back from a paid account reopens it.
 */
@ApplicationScoped
public class BalanceChanges {

    public static final String PAYMENT_POSTED = "PAYMENT_POSTED";
    public static final String PAYMENT_REVERSED = "PAYMENT_REVERSED";
    public static final String ADJUSTMENT = "ADJUSTMENT";

    private final AccountEvents events;
    private final AccountLifecycle lifecycle;
    private final Clock clock;

    public BalanceChanges(AccountEvents events, AccountLifecycle lifecycle, Clock clock) {
        this.events = events;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void set(Account a, Balances after, String cause, String causeId) {
        Balances before = Balances.of(a);
        Balances change = after.minus(before);
        after.applyTo(a);
        Instant now = Instant.now(clock);
        a.updatedAt = now;
        events.publish(new BalanceAdjusted(a.id.toString(), a.creditorId, a.currency, buckets(after, a.currency),
                buckets(change, a.currency), cause, causeId, now));
    }

    /** After a payment: PAID when nothing is left, else PAYING unless a plan or a hold says otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followPayment(Account a) {
        if (a.totalBalance().signum() == 0) {
            if (a.status.canMoveTo(AccountStatus.PAID)) {
                lifecycle.finish(a, AccountStatus.PAID);
            }
        } else if (a.status == AccountStatus.PLACED || a.status == AccountStatus.ASSIGNED
                || a.status == AccountStatus.IN_CONTACT) {
            lifecycle.move(a, AccountStatus.PAYING, PAYMENT_POSTED);
        }
    }

    /** After a reversal: a paid or settled account owes again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void followReversal(Account a) {
        if ((a.status == AccountStatus.PAID || a.status == AccountStatus.SETTLED) && a.totalBalance().signum() > 0) {
            a.closedReason = null;
            lifecycle.move(a, AccountStatus.PAYING, PAYMENT_REVERSED);
        }
    }

    private static AccountPlaced.Balances buckets(Balances b, String currency) {
        return new AccountPlaced.Balances(AccountView.money(b.principal(), currency),
                AccountView.money(b.interest(), currency), AccountView.money(b.fees(), currency),
                AccountView.money(b.costs(), currency));
    }
}
