package org.arrears.payments.balance;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.events.account.BalanceAdjusted;

import io.quarkus.logging.Log;

/**
 * Applies accounts-service's balance adjustments to payments-service's copy. Only adjustments that start there
 * (a manual ADJUSTMENT, a JUDGMENT) are applied, as their signed change: PAYMENT_POSTED and PAYMENT_REVERSED echo
 * what this service already applied when it posted or reversed, and taking accounts-service's absolute balances
 * would undo a payment posted here in the meantime.
 */
@ApplicationScoped
public class Adjustments {

    static final Set<String> FOREIGN_CAUSES = Set.of("ADJUSTMENT", "JUDGMENT");

    @Inject
    Clock clock;

    /** @return whether the balance changed */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(BalanceAdjusted e) {
        if (!FOREIGN_CAUSES.contains(e.cause())) {
            return false;
        }
        AccountBalance account = AccountBalance.lock(e.accountId()).orElse(null);
        if (account == null) {
            Log.warnf("balance adjustment %s for unknown account %s ignored", e.causeId(), e.accountId());
            return false;
        }
        if (e.change() == null || !account.currency.equals(e.currency())) {
            throw new IllegalArgumentException("BalanceAdjusted " + e.causeId() + " carries no change in "
                    + account.currency);
        }
        AccountPlaced.Balances c = e.change();
        Balances delta = Balances.of(account.currency, c.principal(), c.interest(), c.fees(), c.costs());
        Balances b = account.balances();
        Balances after = new Balances(b.principal().plus(delta.principal()), b.interest().plus(delta.interest()),
                b.fees().plus(delta.fees()), b.costs().plus(delta.costs()));
        for (Bucket bucket : Bucket.values()) {
            if (after.get(bucket).isNegative()) {
                throw new IllegalArgumentException("BalanceAdjusted " + e.causeId() + " would make " + bucket
                        + " negative on account " + e.accountId());
            }
        }
        account.set(after, Instant.now(clock));
        return true;
    }
}
