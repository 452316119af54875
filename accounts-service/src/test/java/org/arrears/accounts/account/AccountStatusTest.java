package org.arrears.accounts.account;

import static org.arrears.accounts.account.AccountStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every pair of statuses, legal or not, against the table in docs and AccountStatus's Javadoc. */
class AccountStatusTest {

    private static final Set<AccountStatus> OPEN_TARGETS = EnumSet.of(PROMISED, PAYING, DISPUTED, HOLD, PAID,
            SETTLED, RECALLED, CLOSED);

    private static final Map<AccountStatus, Set<AccountStatus>> EXPECTED = Map.ofEntries(
            Map.entry(PLACED, union(OPEN_TARGETS, ASSIGNED, IN_CONTACT)),
            Map.entry(ASSIGNED, union(OPEN_TARGETS, IN_CONTACT)),
            Map.entry(IN_CONTACT, union(OPEN_TARGETS, ASSIGNED)),
            Map.entry(PROMISED, union(minus(OPEN_TARGETS, PROMISED), ASSIGNED, IN_CONTACT)),
            Map.entry(PAYING, union(minus(OPEN_TARGETS, PAYING), ASSIGNED, IN_CONTACT)),
            Map.entry(DISPUTED, union(minus(OPEN_TARGETS, DISPUTED), PLACED, ASSIGNED, IN_CONTACT)),
            Map.entry(HOLD, union(minus(OPEN_TARGETS, HOLD), PLACED, ASSIGNED, IN_CONTACT)),
            Map.entry(PAID, EnumSet.of(PAYING)),
            Map.entry(SETTLED, EnumSet.of(PAYING)),
            Map.entry(RECALLED, EnumSet.noneOf(AccountStatus.class)),
            Map.entry(CLOSED, EnumSet.noneOf(AccountStatus.class)));

    @Test
    void everyTransitionIsLegalOrIllegalAsSpecified() {
        for (AccountStatus from : AccountStatus.values()) {
            for (AccountStatus to : AccountStatus.values()) {
                assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(EXPECTED.get(from).contains(to));
            }
        }
    }

    @Test
    void noStatusMovesToItself() {
        for (AccountStatus s : AccountStatus.values()) {
            assertThat(s.canMoveTo(s)).as(s.name()).isFalse();
        }
    }

    @Test
    void everyStatusIsWorkingHeldOrClosed() {
        assertThat(EnumSet.allOf(AccountStatus.class).stream().filter(AccountStatus::isWorking))
                .containsExactlyInAnyOrder(PLACED, ASSIGNED, IN_CONTACT, PROMISED, PAYING);
        assertThat(EnumSet.allOf(AccountStatus.class).stream().filter(AccountStatus::isHeld))
                .containsExactlyInAnyOrder(DISPUTED, HOLD);
        assertThat(EnumSet.allOf(AccountStatus.class).stream().filter(AccountStatus::isClosed))
                .containsExactlyInAnyOrder(PAID, SETTLED, RECALLED, CLOSED);
    }

    private static Set<AccountStatus> union(Set<AccountStatus> base, AccountStatus... more) {
        Set<AccountStatus> s = EnumSet.copyOf(base);
        s.addAll(Set.of(more));
        return s;
    }

    private static Set<AccountStatus> minus(Set<AccountStatus> base, AccountStatus less) {
        Set<AccountStatus> s = EnumSet.copyOf(base);
        s.remove(less);
        return s;
    }
}
