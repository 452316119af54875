package org.arrears.compliance.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void aBostonNumberIsEastern() {
        assertThat(TimeZones.ofPhone("+16175550123")).containsExactly(ZoneId.of("America/New_York"));
    }

    @Test
    void aTollFreeNumberGivesManyZones() {
        assertThat(TimeZones.ofPhone("+18005550123")).hasSizeGreaterThan(3);
    }

    @Test
    void aStateSpanningTwoZonesGivesBoth() {
        assertThat(TimeZones.ofState("IN")).containsExactlyInAnyOrder(ZoneId.of("America/Indiana/Indianapolis"),
                ZoneId.of("America/Chicago"));
        assertThat(TimeZones.ofState("AZ")).containsExactly(ZoneId.of("America/Phoenix"));
    }

    @Test
    void candidatesAreTheUnionOfAddressAndPhone() {
        assertThat(TimeZones.candidates("CA", List.of("+16175550123")))
                .containsExactly(ZoneId.of("America/Los_Angeles"), ZoneId.of("America/New_York"));
    }

    @Test
    void nothingKnownMeansEveryUsZone() {
        assertThat(TimeZones.candidates(null, List.of("not a number")))
                .contains(ZoneId.of("America/New_York"), ZoneId.of("Pacific/Honolulu"));
    }
}
