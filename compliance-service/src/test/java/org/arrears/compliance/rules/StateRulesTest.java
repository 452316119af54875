package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Massachusetts, Washington and New York City, from the jurisdiction data file. */
class StateRulesTest {

    static final String WORK = "+16175559999";

    static Stream<RuleCase> cases() {
        return Stream.of(
                allow("940 CMR 7.04(1)(f)", "Massachusetts: one call this week leaves room for a second",
                        () -> ma().call("2026-06-01T10:00").build(), call("2026-06-03T10:00", false)),
                deny("940 CMR 7.04(1)(f)", "Massachusetts: two calls in 7 days to a mobile; a third waits for the"
                        + " 7-day period to have room", () -> ma().call("2026-06-01T10:00").call("2026-06-03T10:00")
                                .build(), call("2026-06-05T10:00", false), "STATE_MA", "2026-06-08T08:00"),
                deny("940 CMR 7.04(1)(f)", "Massachusetts counts texts with calls", () -> ma()
                        .contact(Channel.SMS, Facts.MOBILE, "2026-06-01T10:00").call("2026-06-02T10:00").build(),
                        Facts.check(Channel.SMS, Facts.MOBILE, "2026-06-03T10:00"), "STATE_MA", "2026-06-08T08:00"),
                deny("940 CMR 7.04(1)(f)", "Massachusetts: two calls to a work number in 30 days; a third waits"
                        + " for the 30-day period", () -> maWork().contact(Channel.CALL, WORK, "2026-06-01T10:00")
                                .contact(Channel.CALL, WORK, "2026-06-10T10:00").build(),
                        Facts.check(Channel.CALL, WORK, "2026-06-20T10:00"), "STATE_MA", "2026-07-01T08:00"),
                allow("940 CMR 7.04(1)(f)", "Massachusetts: work-number calls do not use up the mobile's limit",
                        () -> maWork().contact(Channel.CALL, WORK, "2026-06-01T10:00")
                                .contact(Channel.CALL, WORK, "2026-06-02T10:00").build(),
                        call("2026-06-03T10:00", false)),
                deny("RCW 19.16.250", "Washington: three contacts in a week by any medium; a fourth waits",
                        () -> wa().contact(Channel.EMAIL, "p@example.com", "2026-06-01T10:00")
                                .contact(Channel.LETTER, "addr-1", "2026-06-02T10:00").call("2026-06-03T10:00")
                                .build(), Facts.check(Channel.SMS, Facts.MOBILE, "2026-06-04T10:00"), "STATE_WA",
                        "2026-06-08T08:00"),
                deny("NYC DCWP rules, 6 RCNY 5-77", "New York City: three attempts in 7 days across channels",
                        () -> nyc().call("2026-06-01T10:00").call("2026-06-02T10:00").call("2026-06-03T10:00")
                                .build(), call("2026-06-04T10:00", false), "STATE_NYC", "2026-06-08T08:00"),
                deny("NYC DCWP rules, 6 RCNY 5-77", "New York City: email needs written consent", () -> nyc().build(),
                        Facts.check(Channel.EMAIL, "p@example.com", "2026-06-01T10:00"), "STATE_NYC", null),
                allow("NYC DCWP rules, 6 RCNY 5-77", "New York City: email with written consent", () -> nyc()
                        .prefs(Facts.consents(new Consent(ConsentType.EMAIL, null, Facts.local("2026-01-01T10:00"),
                                null, true))).build(), Facts.check(Channel.EMAIL, "p@example.com",
                                        "2026-06-01T10:00")),
                allow("NYC DCWP rules, 6 RCNY 5-77", "Buffalo is in New York but not the city", () -> {
                    Facts f = new Facts();
                    f.state = "NY";
                    f.postalCode = "14201";
                    return f.call("2026-06-01T10:00").call("2026-06-02T10:00").call("2026-06-03T10:00").build();
                }, call("2026-06-04T10:00", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheStateRule(RuleCase c) {
        c.verify();
    }

    private static Facts ma() {
        Facts f = new Facts();
        f.state = "MA";
        f.postalCode = "02134";
        return f;
    }

    private static Facts maWork() {
        return ma().prefs(Facts.preferences(List.of(), Set.of(), Set.of(), List.of(), false, Set.of(WORK), false));
    }

    private static Facts wa() {
        Facts f = new Facts();
        f.state = "WA";
        f.postalCode = "98101";
        f.zones = List.of(Facts.NEW_YORK); // the calendar in these cases is New York's, as in the other tables
        return f;
    }

    private static Facts nyc() {
        Facts f = new Facts();
        f.state = "NY";
        f.postalCode = "10001";
        f.zones = List.of(ZoneId.of("America/New_York"));
        return f;
    }
}
