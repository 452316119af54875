package org.arrears.accounts.account;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.account.AccountClosed;
import org.arrears.events.account.AccountRecalled;
import org.arrears.events.account.AccountStatusChanged;
import org.arrears.platform.problem.ProblemException;

/**
 * Moves accounts through their status machine ({@link AccountStatus}): refuses illegal transitions and emits
 * AccountStatusChanged beside the specific event of each transition. Callers hold the account in the current
 * transaction; its version makes a concurrent change fail instead of being overwritten.
 */
@ApplicationScoped
public class AccountLifecycle {

    /** Reasons ops may close an account with; PAID, SETTLED and RECALLED come from the events themselves. */
    public static final List<String> CLOSE_REASONS = List.of("UNCOLLECTABLE", "BANKRUPTCY", "DECEASED");

    private final AccountEvents events;
    private final Clock clock;

    public AccountLifecycle(AccountEvents events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Changes the status and emits AccountStatusChanged plus {@code specific}; illegal transitions are a 409. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void move(Account a, AccountStatus to, String reason, ArrearsEvent... specific) {
        if (!a.status.canMoveTo(to)) {
            throw IllegalTransition.of(a, to);
        }
        Instant now = Instant.now(clock);
        AccountStatus from = a.status;
        a.status = to;
        a.updatedAt = now;
        List<ArrearsEvent> out = new ArrayList<>(List.of(specific));
        out.add(0, new AccountStatusChanged(a.id.toString(), a.creditorId, from.name(), to.name(), reason, now));
        events.publish(out);
    }

    /** The creditor takes the account back: AccountStatusChanged, AccountRecalled, AccountClosed(RECALLED). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recall(Account a, String reason) {
        Instant now = Instant.now(clock);
        a.closedReason = "RECALLED";
        String why = reason == null || reason.isBlank() ? "CREDITOR_REQUEST" : reason;
        move(a, AccountStatus.RECALLED, "RECALLED",
                new AccountRecalled(a.id.toString(), a.creditorId, why, now),
                new AccountClosed(a.id.toString(), a.creditorId, "RECALLED", now));
    }

    /** Ops close the account for good with one of {@link #CLOSE_REASONS}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void close(Account a, String reason) {
        if (reason == null || !CLOSE_REASONS.contains(reason)) {
            throw ProblemException.invalid("reason", "must be one of " + String.join(", ", CLOSE_REASONS));
        }
        a.closedReason = reason;
        move(a, AccountStatus.CLOSED, reason,
                new AccountClosed(a.id.toString(), a.creditorId, reason, Instant.now(clock)));
    }

    /** Paid or settled in full: the status and AccountClosed with the same reason. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void finish(Account a, AccountStatus paidOrSettled) {
        a.closedReason = paidOrSettled.name();
        a.activePlanId = null;
        move(a, paidOrSettled, paidOrSettled.name(),
                new AccountClosed(a.id.toString(), a.creditorId, paidOrSettled.name(), Instant.now(clock)));
    }
}
