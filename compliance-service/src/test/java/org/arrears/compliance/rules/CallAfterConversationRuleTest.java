package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CallAfterConversationRuleTest {

    static final String B = "12 CFR 1006.14(b)(2)(i)(B)";
    static final String CODE = "CALL_AFTER_CONVERSATION";

    static Stream<RuleCase> cases() {
        return Stream.of(
                deny(B, "a conversation on Monday 1 June (day 1): no call through Sunday 7 June; Monday 8 June is"
                        + " allowed", () -> new Facts().conversation("2026-06-01T10:00").build(),
                        call("2026-06-07T20:00", false), CODE, "2026-06-08T08:00"),
                deny(B, "the day of the conversation itself is day 1", () -> new Facts()
                        .conversation("2026-06-01T10:00").build(), call("2026-06-01T15:00", false), CODE,
                        "2026-06-08T08:00"),
                allow(B, "on day 8 the call is allowed", () -> new Facts().conversation("2026-06-01T10:00").build(),
                        call("2026-06-08T08:00", false)),
                deny(B, "a conversation the person started counts too", () -> {
                    Facts f = new Facts();
                    f.ledger.add(new LedgerEntry(Facts.local("2026-06-03T12:00"), Channel.CALL, Facts.MOBILE,
                            Direction.INBOUND, true));
                    return f.build();
                }, call("2026-06-05T12:00", false), CODE, "2026-06-10T08:00"),
                allow(B, "a text or an email is not a call", () -> new Facts().conversation("2026-06-01T10:00")
                        .build(), Facts.check(Channel.SMS, Facts.MOBILE, "2026-06-02T12:00")),
                allow("12 CFR 1006.14(b)(3)", "the person's direct consent to a call within 7 days exempts it",
                        () -> new Facts().conversation("2026-06-01T10:00").prefs(Facts.consents(new Consent(
                                ConsentType.CALLS, null, Facts.local("2026-06-01T10:05"), null, false))).build(),
                        call("2026-06-02T15:00", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheRegulation(RuleCase c) {
        c.verify();
    }
}
