package org.arrears.skiptrace.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.arrears.events.account.AccountPlaced;
import org.arrears.skiptrace.support.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SkiptraceNeedsTest {

    @Test
    void anAccountWithoutPhonesNeedsANoPhoneTrace() {
        assertThat(SkiptraceNeeds.onPlacement(placed(List.of(), "02134"))).contains(SkiptraceReason.NO_PHONE);
        assertThat(SkiptraceNeeds.onPlacement(placed(null, "02134"))).contains(SkiptraceReason.NO_PHONE);
    }

    @Test
    void blankOrInvalidNumbersAreNoPhone() {
        List<AccountPlaced.Phone> phones = Arrays.asList(null, phone(" "), phone(null), phone("12345"));

        assertThat(SkiptraceNeeds.onPlacement(placed(phones, "02134"))).contains(SkiptraceReason.NO_PHONE);
    }

    @Test
    void oneUsableNumberAndAPostalCodeNeedNoTrace() {
        assertThat(SkiptraceNeeds.onPlacement(placed(List.of(phone(" "), phone("+16175550100")), "02134")))
                .isEmpty();
    }

    @Test
    void aPhoneWithoutAnAddressNeedsANoAddressTrace() {
        assertThat(SkiptraceNeeds.onPlacement(placed(List.of(phone("+16175550100")), null)))
                .contains(SkiptraceReason.NO_ADDRESS);
    }

    @ParameterizedTest
    @CsvSource({ "WRONG_NUMBER,WRONG_NUMBER", "DISCONNECTED,DISCONNECTED", "RETURNED,RETURNED_MAIL",
            "NO_ANSWER,", "RIGHT_PARTY_CONTACT,", "," })
    void contactOutcomesThatCallForATrace(String outcome, SkiptraceReason reason) {
        assertThat(SkiptraceNeeds.onOutcome(outcome)).isEqualTo(java.util.Optional.ofNullable(reason));
    }

    private static AccountPlaced.Phone phone(String number) {
        return new AccountPlaced.Phone(number, "MOBILE", "CREDITOR", false);
    }

    private static AccountPlaced placed(List<AccountPlaced.Phone> phones, String postalCode) {
        return Events.placed("A-1", "ACME", "debtor-1", postalCode, phones);
    }
}
