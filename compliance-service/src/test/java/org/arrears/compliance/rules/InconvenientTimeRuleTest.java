package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class InconvenientTimeRuleTest {

    static final String CITE = "12 CFR 1006.6(b)(1)(i)";
    static final String CODE = "INCONVENIENT_TIME";
    static final ZoneId LA = ZoneId.of("America/Los_Angeles");

    static Stream<RuleCase> cases() {
        return Stream.of(
                allow(CITE, "8:00 local is convenient", () -> new Facts().build(), call("2026-06-01T08:00", false)),
                allow(CITE, "21:00 local is convenient (only after 21:00 is not)", () -> new Facts().build(),
                        call("2026-06-01T21:00", false)),
                deny(CITE, "7:59 local waits for 8:00", () -> new Facts().build(), call("2026-06-01T07:59", false),
                        CODE, "2026-06-01T08:00"),
                deny(CITE, "21:01 local waits for 8:00 the next day", () -> new Facts().build(),
                        call("2026-06-01T21:01", false), CODE, "2026-06-02T08:00"),
                deny(CITE, "email arrives when sent: 22:00 is inconvenient for it too", () -> new Facts().build(),
                        Facts.check(Channel.EMAIL, "p@example.com", "2026-06-01T22:00"), CODE, "2026-06-02T08:00"),
                allow(CITE, "a letter is not bound by the hour", () -> new Facts().build(),
                        Facts.check(Channel.LETTER, "addr-1", "2026-06-01T23:00")),
                deny(CITE, "area code in Eastern time, address in Pacific: only 11:00–21:00 Eastern (8:00–18:00"
                        + " Pacific); 10:59 Eastern waits for 11:00", InconvenientTimeRuleTest::eastAndWest,
                        call("2026-06-01T10:59", false), CODE, "2026-06-01T11:00"),
                allow(CITE, "area code in Eastern time, address in Pacific: 21:00 Eastern is 18:00 Pacific",
                        InconvenientTimeRuleTest::eastAndWest, call("2026-06-01T21:00", false)),
                deny(CITE, "area code in Eastern time, address in Pacific: 21:01 Eastern waits for 11:00 Eastern"
                        + " the next day", InconvenientTimeRuleTest::eastAndWest, call("2026-06-01T21:01", false),
                        CODE, "2026-06-02T11:00"),
                deny(CITE, "a time the person named inconvenient (weekdays 12:00–13:30) is unlawful too",
                        () -> new Facts().prefs(lunch()).build(), call("2026-06-01T12:15", false), CODE,
                        "2026-06-01T13:30"),
                allow(CITE, "the named time applies only on the days named", () -> new Facts().prefs(lunch()).build(),
                        call("2026-06-06T12:15", false)),
                deny(CITE, "a named evening 20:00–23:00 pushes past the end of the day to 8:00 tomorrow",
                        () -> new Facts().prefs(Facts.preferences(List.of(new InconvenientTime(Set.of(),
                                LocalTime.of(20, 0), LocalTime.of(23, 0))), Set.of(), Set.of(), List.of(), false,
                                Set.of(), false)).build(),
                        call("2026-06-01T20:30", false), CODE, "2026-06-02T08:00"),
                deny(CITE, "across the spring-forward night the window opens at 8:00 local daylight time",
                        () -> new Facts().build(), call("2026-03-07T22:00", false), CODE, "2026-03-08T08:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheRegulation(RuleCase c) {
        c.verify();
    }

    private static DebtFacts eastAndWest() {
        Facts f = new Facts();
        f.zones = List.of(Facts.NEW_YORK, LA);
        return f.build();
    }

    private static ContactPreferences lunch() {
        return Facts.preferences(List.of(new InconvenientTime(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), LocalTime.of(12, 0),
                LocalTime.of(13, 30))), Set.of(), Set.of(), List.of(), false, Set.of(), false);
    }
}
