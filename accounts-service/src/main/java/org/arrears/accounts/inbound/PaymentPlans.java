package org.arrears.accounts.inbound;

import jakarta.enterprise.context.ApplicationScoped;

import org.arrears.accounts.account.Account;
import org.arrears.accounts.account.AccountLifecycle;
import org.arrears.accounts.account.AccountStatus;

/**
 * PROMISED follows the account's current plan. Only the plan that put the account in PROMISED can take it out:
 * a late cancel of a replaced plan changes nothing. On hold, the status to return to is what moves.
 */
@ApplicationScoped
class PaymentPlans {

    private final AccountLifecycle lifecycle;

    PaymentPlans(AccountLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    void started(Account a, String planId, String reason) {
        a.activePlanId = planId;
        if (a.status.isHeld()) {
            a.statusBeforeHold = AccountStatus.PROMISED;
        } else if (a.status.isWorking() && a.status != AccountStatus.PROMISED) {
            lifecycle.move(a, AccountStatus.PROMISED, reason);
        }
    }

    /** The plan ended; back to the work queue, or to PAYING when it was kept with money still owed. */
    void ended(Account a, String planId, AccountStatus next, String reason) {
        if (planId == null || !planId.equals(a.activePlanId)) {
            return;
        }
        a.activePlanId = null;
        if (a.status.isHeld() && a.statusBeforeHold == AccountStatus.PROMISED) {
            a.statusBeforeHold = next;
        } else if (a.status == AccountStatus.PROMISED) {
            lifecycle.move(a, next, reason);
        }
    }
}
