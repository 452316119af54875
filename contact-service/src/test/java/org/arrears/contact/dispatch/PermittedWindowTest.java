package org.arrears.contact.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

import org.junit.jupiter.api.Test;

class PermittedWindowTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    @Test
    void duringTheDayTheWindowRunsFromNowTo9pmLocal() {
        Instant now = ZonedDateTime.of(2026, 11, 23, 10, 30, 0, 0, NY).toInstant();
        PermittedWindow w = PermittedWindow.next(List.of("America/New_York"), now).orElseThrow();
        assertThat(w.from()).isEqualTo(now);
        assertThat(w.until()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 21, 0, 0, 0, NY).toInstant());
    }

    @Test
    void twoZonesIntersect8amWestTo9pmEast() {
        Instant now = ZonedDateTime.of(2026, 11, 23, 6, 0, 0, 0, NY).toInstant();
        PermittedWindow w = PermittedWindow.next(List.of("America/New_York", "America/Los_Angeles"), now)
                .orElseThrow();
        assertThat(w.from()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, LA).toInstant());
        assertThat(w.until()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 21, 0, 0, 0, NY).toInstant());
    }

    @Test
    void lateAtNightTheNextWindowIsTomorrowMorning() {
        Instant now = ZonedDateTime.of(2026, 11, 23, 22, 15, 0, 0, NY).toInstant();
        PermittedWindow w = PermittedWindow.next(List.of("America/New_York"), now).orElseThrow();
        assertThat(w.from()).isEqualTo(ZonedDateTime.of(2026, 11, 24, 8, 0, 0, 0, NY).toInstant());
    }

    @Test
    void withoutZonesEveryContinentalZoneMustBeInside() {
        Instant now = ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, NY).toInstant();
        PermittedWindow w = PermittedWindow.next(List.of(), now).orElseThrow();
        assertThat(w.from()).isEqualTo(ZonedDateTime.of(2026, 11, 23, 8, 0, 0, 0, LA).toInstant());
    }

    @Property
    void theWindowIsConvenientInEveryZoneAndNeverStartsInThePast(
            @ForAll @LongRange(min = 1_700_000_000L, max = 1_900_000_000L) long epochSecond) {
        Instant now = Instant.ofEpochSecond(epochSecond);
        List<String> zones = List.of("America/New_York", "America/Chicago", "America/Phoenix", "Pacific/Honolulu");
        PermittedWindow w = PermittedWindow.next(zones, now).orElseThrow();
        assertThat(w.from()).isAfterOrEqualTo(now);
        assertThat(w.from()).isBefore(w.until());
        for (String zone : zones) {
            var from = w.from().atZone(ZoneId.of(zone)).toLocalTime();
            var until = w.until().atZone(ZoneId.of(zone)).toLocalTime();
            assertThat(from).isBetween(PermittedWindow.EARLIEST, PermittedWindow.LATEST);
            assertThat(until).isBetween(PermittedWindow.EARLIEST, PermittedWindow.LATEST);
        }
    }
}
