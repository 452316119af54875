package org.arrears.skiptrace.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.arrears.events.account.AccountPlaced;
import org.junit.jupiter.api.Test;

class SkiptraceNeedsTest {

    @Test
    void anAccountWithoutPhonesNeedsANoPhoneTrace() {
        assertThat(SkiptraceNeeds.onPlacement(placed(List.of()))).containsExactly(SkiptraceReason.NO_PHONE);
        assertThat(SkiptraceNeeds.onPlacement(placed(null))).containsExactly(SkiptraceReason.NO_PHONE);
    }

    @Test
    void entriesWithoutANumberAreNoPhone() {
        List<AccountPlaced.Phone> phones = Arrays.asList(null, phone(" "), phone(null));

        assertThat(SkiptraceNeeds.onPlacement(placed(phones))).containsExactly(SkiptraceReason.NO_PHONE);
    }

    @Test
    void oneNumberIsEnoughToNeedNoTrace() {
        assertThat(SkiptraceNeeds.onPlacement(placed(List.of(phone(" "), phone("+16175550100"))))).isEmpty();
    }

    private static AccountPlaced.Phone phone(String number) {
        return new AccountPlaced.Phone(number, "MOBILE", "CREDITOR", false);
    }

    private static AccountPlaced placed(List<AccountPlaced.Phone> phones) {
        return new AccountPlaced("A-1", "ACME", "REF-1", "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO), null,
                LocalDate.parse("2025-09-01"), "debtor-1", "MA", "02134", phones, List.of(), Instant.now());
    }
}
