package org.arrears.payments.standing;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.events.account.AccountClosed;
import org.arrears.events.account.AccountRecalled;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.payments.balance.AccountBalance;
import org.arrears.payments.balance.AccountStatus;
import org.arrears.payments.plan.PlanOutcomes;

import io.quarkus.logging.Log;

/**
 * Keeps the account's standing as other services report it, and ends the active plan when the account can no
 * longer be collected on. All methods run inside the inbox transaction of the event (MANDATORY).
 */
@ApplicationScoped
public class StandingService {

    @Inject
    Clock clock;
    @Inject
    PlanOutcomes outcomes;

    @Transactional(Transactional.TxType.MANDATORY)
    public void recalled(AccountRecalled e) {
        setStatus(e.accountId(), AccountStatus.RECALLED, null);
        outcomes.cancelActive(e.accountId(), "ACCOUNT_RECALLED", Instant.now(clock));
    }

    /** A close is final: it wins over a recall, and a paid or settled account's plan is already kept. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void closed(AccountClosed e) {
        setStatus(e.accountId(), AccountStatus.CLOSED, e.reason());
        outcomes.cancelActive(e.accountId(), "ACCOUNT_CLOSED", Instant.now(clock));
    }

    /** Records the hold (once per holdId) and ends the active plan: collection stops while a hold lasts. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdPlaced(ComplianceHoldPlaced e) {
        if (AccountHold.findById(e.holdId()) == null) {
            AccountHold h = new AccountHold();
            h.holdId = e.holdId();
            h.accountId = e.accountId();
            h.type = e.type();
            h.placedAt = e.placedAt() == null ? Instant.now(clock) : e.placedAt();
            h.persist();
        }
        outcomes.cancelActive(e.accountId(), "COMPLIANCE_HOLD", Instant.now(clock));
    }

    /** Forgets the hold; other holds on the account still refuse plans. A lift for an unknown hold changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdLifted(ComplianceHoldLifted e) {
        if (!AccountHold.deleteById(e.holdId())) {
            Log.infof("hold %s lifted on account %s was not on record", e.holdId(), e.accountId());
        }
    }

    private static void setStatus(String accountId, AccountStatus status, String reason) {
        Optional<AccountBalance> account = AccountBalance.lock(accountId);
        if (account.isEmpty()) {
            // The placement always precedes these on the account topic; without it there is nothing to mark.
            Log.warnf("account %s unknown to payments; %s ignored", accountId, status);
            return;
        }
        if (account.get().status != AccountStatus.CLOSED) {
            account.get().status = status;
            account.get().closedReason = reason;
        }
    }
}
