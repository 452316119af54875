package org.arrears.skiptrace.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNormaliserTest {

    @ParameterizedTest(name = "{0} ({1}, region {2}) → {3} {4} {5}")
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            // US: any common spelling becomes E.164; digits cannot tell mobile from landline, the source can
            "(617) 555-0143; null; null; +16175550143; UNKNOWN; America/New_York",
            "617.555.0143; MOBILE; US; +16175550143; MOBILE; America/New_York",
            "+1 312 555 0101; landline; null; +13125550101; LANDLINE; America/Chicago",
            "1-415-555-0100; VOIP; null; +14155550100; VOIP; America/Los_Angeles",
            // toll-free: every zone of the country
            "800-555-0100; null; null; +18005550100; UNKNOWN; MANY",
            // non-US: the plan tells the type
            // a UK mobile may be in the Crown dependencies too
            "+44 7911 123456; null; null; +447911123456; MOBILE; Europe/Guernsey|Europe/Isle_of_Man|Europe/Jersey|Europe/London",
            "020 7946 0018; null; GB; +442079460018; LANDLINE; Europe/London",
            "+49 30 901820; null; null; +4930901820; LANDLINE; Europe/Berlin",
            "06 12 34 56 78; null; FR; +33612345678; MOBILE; Europe/Paris" })
    void normalisesToE164WithTypeAndZones(String raw, String stated, String region, String e164, String type,
            String zone) {
        NormalPhone p = PhoneNormaliser.normalise(raw, stated, region).orElseThrow();

        assertThat(p.number()).isEqualTo(e164);
        assertThat(p.type()).isEqualTo(type);
        if ("MANY".equals(zone)) {
            assertThat(p.timeZones()).contains("America/New_York", "America/Los_Angeles", "Pacific/Honolulu");
        } else {
            assertThat(p.timeZones()).isEqualTo(List.of(zone.split("\\|")));
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = { "null", "''", "'   '", "12345", "not a number", "+1 111 555 0100",
            "+44 12" })
    void whatNoDialerCouldUseIsNoCandidate(String raw) {
        assertThat(PhoneNormaliser.normalise(raw, null, null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({ "UNKNOWN,MOBILE,MOBILE", "MOBILE,UNKNOWN,MOBILE", "LANDLINE,MOBILE,LANDLINE" })
    void aKnownLineTypeBeatsUnknownWhenTheSameNumberIsSeenTwice(String first, String second, String kept) {
        NormalPhone a = new NormalPhone("+16175550143", first, List.of());
        NormalPhone b = new NormalPhone("+16175550143", second, List.of());

        assertThat(a.combine(b).type()).isEqualTo(kept);
    }
}
