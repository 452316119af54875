package org.arrears.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.arrears.compliance.time.TimeZones;
import org.junit.jupiter.api.Test;

/**
 * A toll-free number gives every zone of the North American numbering plan, so the convenient hours are their
 * intersection (1006.6(b)(1)(i)); the answer still comes quickly and is inside 8:00–21:00 in each zone.
 */
class TollFreeNumberTest {

    @Test
    void theNextEligibleTimeIsConvenientInEveryZoneOrNoneExists() {
        String tollFree = "+18005550123";
        Facts f = new Facts();
        f.zones = TimeZones.candidates("GA", List.of(tollFree));
        ContactCheck check = new ContactCheck(Channel.CALL, tollFree, Facts.local("2026-06-01T07:00"), false,
                Purpose.COLLECTION);
        long start = System.nanoTime();
        Decision d = Facts.decide(check, f.build());
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(d.allowed()).isFalse();
        if (d.nextEligibleAt() != null) {
            for (ZoneId zone : f.zones) {
                assertThat(d.nextEligibleAt().atZone(zone).toLocalTime()).as(zone.getId())
                        .isBetween(LocalTime.of(8, 0), LocalTime.of(21, 0));
            }
        }
    }
}
