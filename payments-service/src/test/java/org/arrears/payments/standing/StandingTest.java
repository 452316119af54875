package org.arrears.payments.standing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.arrears.payments.balance.AccountStatus;
import org.junit.jupiter.api.Test;

class StandingTest {

    @Test
    void anOpenAccountWithoutHoldsMayTakeAPlan() {
        assertThat(Standing.planRefusal(AccountStatus.OPEN, List.of())).isEmpty();
    }

    @Test
    void holdsNameTheAccountsCondition() {
        assertThat(Standing.planRefusal(AccountStatus.OPEN, List.of("DISPUTE"))).contains("DISPUTED");
        assertThat(Standing.planRefusal(AccountStatus.OPEN, List.of("CEASE"))).contains("CEASED");
        assertThat(Standing.planRefusal(AccountStatus.OPEN, List.of("BANKRUPTCY"))).contains("BANKRUPT");
        assertThat(Standing.planRefusal(AccountStatus.OPEN, List.of("DISPUTE", "BANKRUPTCY"))).contains("BANKRUPT");
    }

    @Test
    void aRecalledOrClosedAccountIsRefusedWhateverItsHolds() {
        assertThat(Standing.planRefusal(AccountStatus.RECALLED, List.of("DISPUTE"))).contains("RECALLED");
        assertThat(Standing.planRefusal(AccountStatus.CLOSED, List.of())).contains("CLOSED");
    }
}
