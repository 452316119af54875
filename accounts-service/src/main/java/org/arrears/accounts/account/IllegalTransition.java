package org.arrears.accounts.account;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;

/** The 409 for a status change the account's status does not allow (e.g. recalling a closed account). */
final class IllegalTransition {

    static final String TYPE = ProblemTypes.of("illegal-status-transition");

    private IllegalTransition() {
    }

    static ProblemException of(Account a, AccountStatus to) {
        return ProblemException.conflict(TYPE, "account " + a.id + " is " + a.status + " and cannot become " + to);
    }
}
