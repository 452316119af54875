package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallFrequencyRuleTest {

    static final String A = "12 CFR 1006.14(b)(2)(i)(A)";
    static final String B3 = "12 CFR 1006.14(b)(3)";

    static Stream<RuleCase> cases() {
        return Stream.of(
                allow(A, "six calls placed Monday 1 June to Saturday 6 June: a seventh on Sunday 7 June is allowed",
                        () -> daily(6).build(), call("2026-06-07T10:00", false)),
                deny(A, "seven calls placed 1–7 June: an eighth on Sunday 7 June waits for Monday 8 June, when the"
                        + " period 2–8 June holds six", () -> daily(7).build(), call("2026-06-07T18:00", false),
                        "CALL_FREQUENCY_7_IN_7", "2026-06-08T08:00"),
                deny(A, "seven calls all on Monday 1 June: no call until Monday 8 June, the first day of a period"
                        + " without them", () -> sameDay(7).build(), call("2026-06-03T10:00", false),
                        "CALL_FREQUENCY_7_IN_7", "2026-06-08T08:00"),
                allow(A, "calls that did not connect count, but calls from the person do not: six placed plus"
                        + " five received leave room for a seventh", () -> {
                            Facts f = daily(6);
                            for (int d = 1; d <= 5; d++) {
                                f.inboundCall("2026-06-0" + d + "T12:00");
                            }
                            return f.build();
                        }, call("2026-06-07T10:00", false)),
                allow(A, "a text message is not a telephone call: seven calls do not stop a text",
                        () -> daily(7).build(), Facts.check(Channel.SMS, Facts.MOBILE, "2026-06-07T10:00")),
                allow(B3, "calls within 7 days after the person's direct consent are not limited",
                        () -> daily(7).prefs(Facts.consents(new Consent(ConsentType.CALLS, null,
                                Facts.local("2026-06-07T09:00"), null, false))).build(),
                        call("2026-06-07T18:00", false)),
                allow(B3, "calls placed within 7 days after consent do not count later: seven calls under consent"
                        + " on 1 June leave the 9 June call free", () -> {
                            Facts f = sameDay(7).prefs(Facts.consents(new Consent(ConsentType.CALLS, null,
                                    Facts.local("2026-06-01T08:00"), null, false)));
                            return f.build();
                        }, call("2026-06-03T10:00", false)),
                deny(B3, "a consent revoked before the calls exempts none of them",
                        () -> daily(7).prefs(Facts.consents(new Consent(ConsentType.CALLS, null,
                                Facts.local("2026-06-07T08:00"), Facts.local("2026-06-07T09:00"), false))).build(),
                        call("2026-06-07T18:00", false), "CALL_FREQUENCY_7_IN_7", "2026-06-08T08:00"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheRegulation(RuleCase c) {
        c.verify();
    }

    @Test
    void theMessageNamesTheFullPeriod() {
        Decision d = Facts.decide(call("2026-11-23T10:00", false), daily7From17November().build());
        assertThat(d.reasons()).extracting(Violation::message)
                .contains("7 calls already placed in the 7-day period starting 2026-11-17");
        assertThat(d.reasons()).extracting(Violation::citation).contains(A);
    }

    @Test
    void daysAreCountedInEveryCandidateZonesCalendar() {
        // 00:30 in New York on 8 June is still 7 June in Los Angeles, where 1–7 June already holds seven calls.
        Facts f = daily(7);
        f.zones = java.util.List.of(Facts.NEW_YORK, java.time.ZoneId.of("America/Los_Angeles"));
        Decision d = Facts.decide(call("2026-06-08T00:30", false), f.build());
        assertThat(d.reasons()).extracting(Violation::code).contains("CALL_FREQUENCY_7_IN_7");
        assertThat(d.nextEligibleAt()).isEqualTo(Facts.local("2026-06-08T11:00"));
    }

    private static Facts daily(int n) {
        Facts f = new Facts();
        for (int d = 1; d <= n; d++) {
            f.call("2026-06-0" + d + "T10:00");
        }
        return f;
    }

    private static Facts sameDay(int n) {
        Facts f = new Facts();
        for (int i = 0; i < n; i++) {
            f.call("2026-06-01T1" + i + ":00");
        }
        return f;
    }

    private static Facts daily7From17November() {
        Facts f = new Facts();
        for (int d = 17; d <= 23; d++) {
            f.call("2026-11-" + d + "T09:00");
        }
        return f;
    }

    static Instant at(String local) {
        return Facts.local(local);
    }
}
