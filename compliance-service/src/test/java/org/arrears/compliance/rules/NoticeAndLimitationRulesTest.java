package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The validation notice deadline and the statute of limitations. */
class NoticeAndLimitationRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                allow("12 CFR 1006.34(a)(1)", "within 5 business days of the initial communication a call is"
                        + " allowed before the notice: a conversation Tuesday 24 Nov 2026 gives until 2 Dec (26 Nov"
                        + " Thanksgiving, weekend excluded)", () -> noNotice("2026-11-24T10:00"),
                        call("2026-12-02T10:00", false)),
                deny("12 CFR 1006.34(a)(1)", "after the deadline no call until the notice is sent",
                        () -> noNotice("2026-11-24T10:00"), call("2026-12-03T10:00", false), "VALIDATION_NOTICE",
                        null),
                allow("12 CFR 1006.34(a)(1)", "the notice itself may still go by letter",
                        () -> noNotice("2026-11-24T10:00"),
                        Facts.check(Channel.LETTER, "addr-1", "2026-12-03T10:00")),
                deny("12 CFR 1006.26(b)", "no suit on a time-barred debt", () -> barredOn("2026-05-31"),
                        new ContactCheck(Channel.LETTER, "addr-1", Facts.local("2026-06-01T10:00"), false,
                                Purpose.LEGAL_ACTION), "TIME_BARRED", null),
                allow("12 CFR 1006.26(b)", "a suit on the last day of the period is allowed",
                        () -> barredOn("2026-06-01"), new ContactCheck(Channel.LETTER, "addr-1",
                                Facts.local("2026-06-01T10:00"), false, Purpose.LEGAL_ACTION)),
                allow("12 CFR 1006.26(b)", "ordinary contact about a time-barred debt stays lawful",
                        () -> barredOn("2026-05-31"), call("2026-06-01T10:00", false)),
                deny("12 CFR 1006.26(b)", "with no date of first delinquency a suit cannot be shown timely",
                        () -> {
                            Facts f = new Facts();
                            f.limitationDate = null;
                            return f.build();
                        }, new ContactCheck(Channel.LETTER, "addr-1", Facts.local("2026-06-01T10:00"), false,
                                Purpose.LEGAL_ACTION), "TIME_BARRED", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheRule(RuleCase c) {
        c.verify();
    }

    private static DebtFacts noNotice(String conversation) {
        Facts f = new Facts().conversation(conversation);
        f.noticeSentAt = null;
        return f.build();
    }

    private static DebtFacts barredOn(String date) {
        Facts f = new Facts();
        f.limitationDate = LocalDate.parse(date);
        return f.build();
    }
}
