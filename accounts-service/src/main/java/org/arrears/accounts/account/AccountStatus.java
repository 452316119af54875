package org.arrears.accounts.account;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an account stands in its life (DOMAIN.md, "Life of a debt"), with the transitions that are legal.
 * HOLD and DISPUTED are entered from any open status and left back to the status the account had before.
 * PAID and SETTLED close the account but a reversed payment can reopen it to PAYING; RECALLED and CLOSED are
 * final.
 */
public enum AccountStatus {
    PLACED, ASSIGNED, IN_CONTACT, PROMISED, PAYING, DISPUTED, HOLD, PAID, SETTLED, RECALLED, CLOSED;

    private static final Set<AccountStatus> WORKING = EnumSet.of(PLACED, ASSIGNED, IN_CONTACT, PROMISED, PAYING);
    private static final Set<AccountStatus> HELD = EnumSet.of(DISPUTED, HOLD);
    private static final Map<AccountStatus, Set<AccountStatus>> LEGAL = Map.ofEntries(
            Map.entry(PLACED, EnumSet.of(ASSIGNED, IN_CONTACT, PROMISED, PAYING, DISPUTED, HOLD, PAID, SETTLED,
                    RECALLED, CLOSED)),
            Map.entry(ASSIGNED, EnumSet.of(IN_CONTACT, PROMISED, PAYING, DISPUTED, HOLD, PAID, SETTLED, RECALLED,
                    CLOSED)),
            Map.entry(IN_CONTACT, EnumSet.of(ASSIGNED, PROMISED, PAYING, DISPUTED, HOLD, PAID, SETTLED, RECALLED,
                    CLOSED)),
            Map.entry(PROMISED, EnumSet.of(ASSIGNED, IN_CONTACT, PAYING, DISPUTED, HOLD, PAID, SETTLED, RECALLED,
                    CLOSED)),
            Map.entry(PAYING, EnumSet.of(ASSIGNED, IN_CONTACT, PROMISED, DISPUTED, HOLD, PAID, SETTLED, RECALLED,
                    CLOSED)),
            // Back to whatever it was before the hold, or to the other kind of hold; money may still arrive.
            Map.entry(DISPUTED, EnumSet.of(PLACED, ASSIGNED, IN_CONTACT, PROMISED, PAYING, HOLD, PAID, SETTLED,
                    RECALLED, CLOSED)),
            Map.entry(HOLD, EnumSet.of(PLACED, ASSIGNED, IN_CONTACT, PROMISED, PAYING, DISPUTED, PAID, SETTLED,
                    RECALLED, CLOSED)),
            // A reversed payment (NSF, chargeback) reopens a paid or settled account.
            Map.entry(PAID, EnumSet.of(PAYING)),
            Map.entry(SETTLED, EnumSet.of(PAYING)),
            Map.entry(RECALLED, EnumSet.noneOf(AccountStatus.class)),
            Map.entry(CLOSED, EnumSet.noneOf(AccountStatus.class)));

    public boolean canMoveTo(AccountStatus next) {
        return LEGAL.get(this).contains(next);
    }

    /** Collection may go on: placed, assigned, in contact, promised or paying. */
    public boolean isWorking() {
        return WORKING.contains(this);
    }

    public boolean isHeld() {
        return HELD.contains(this);
    }

    /** Paid, settled, recalled or closed: no more collection. */
    public boolean isClosed() {
        return !isWorking() && !isHeld();
    }
}
