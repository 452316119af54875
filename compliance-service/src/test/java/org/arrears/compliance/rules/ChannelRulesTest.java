package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules about the medium and the destination: opt-outs, the workplace and TCPA consent. */
class ChannelRulesTest {

    static final String WORK = "+14045559999";
    static final String WORK_EMAIL = "pat@employer.example";

    static Stream<RuleCase> cases() {
        return Stream.of(
                deny("12 CFR 1006.14(h)(1)", "the person opted out of texts", () -> new Facts().prefs(optOut(
                        Set.of(Channel.SMS), Set.of())).build(), Facts.check(Channel.SMS, Facts.MOBILE,
                                "2026-06-01T10:00"), "MEDIUM_OPT_OUT", null),
                deny("12 CFR 1006.14(h)(1)", "the person opted out of one number", () -> new Facts().prefs(optOut(
                        Set.of(), Set.of(Facts.MOBILE))).build(), call("2026-06-01T10:00", false), "MEDIUM_OPT_OUT",
                        null),
                allow("12 CFR 1006.14(h)(1)", "an opt-out of texts leaves calls allowed", () -> new Facts().prefs(
                        optOut(Set.of(Channel.SMS), Set.of())).build(), call("2026-06-01T10:00", false)),
                deny("12 CFR 1006.6(b)(3)", "the employer forbids calls at work", () -> new Facts().prefs(
                        workplace(true)).build(), Facts.check(Channel.CALL, WORK, "2026-06-01T10:00"), "WORKPLACE",
                        null),
                allow("12 CFR 1006.6(b)(3)", "a workplace whose employer does not forbid it may be called",
                        () -> new Facts().prefs(workplace(false)).build(),
                        Facts.check(Channel.CALL, WORK, "2026-06-01T10:00")),
                deny("12 CFR 1006.22(f)(3)", "never an email to an employer-provided address", () -> {
                    Facts f = new Facts();
                    f.emails.add(new EmailPoint(WORK_EMAIL, "EMPLOYER", "ACTIVE"));
                    return f.build();
                }, Facts.check(Channel.EMAIL, WORK_EMAIL, "2026-06-01T10:00"), "WORKPLACE", null),
                allow("12 CFR 1006.22(f)(3)", "an email to the person's own address is allowed", () -> {
                    Facts f = new Facts();
                    f.emails.add(new EmailPoint("pat@example.com", "DEBTOR", "ACTIVE"));
                    return f.build();
                }, Facts.check(Channel.EMAIL, "pat@example.com", "2026-06-01T10:00")),
                deny("47 USC 227(b)(1)(A)(iii)", "an autodialed call to a mobile without consent", () -> mobile(
                        LineType.MOBILE, false), call("2026-06-01T10:00", true), "TCPA_CONSENT", null),
                deny("47 USC 227(b)(1)(A)(iii)", "a number of unknown line type is treated as mobile",
                        () -> mobile(LineType.UNKNOWN, false), call("2026-06-01T10:00", true), "TCPA_CONSENT", null),
                allow("47 USC 227(b)(1)(A)(iii)", "a landline is outside the mobile consent rule",
                        () -> mobile(LineType.LANDLINE, false), call("2026-06-01T10:00", true)),
                allow("47 USC 227(b)(1)(A)(iii)", "a manually dialed call needs no consent",
                        () -> mobile(LineType.MOBILE, false), call("2026-06-01T10:00", false)),
                allow("47 USC 227(b)(1)(A)(iii)", "the contact point's consent allows an autodialed call",
                        () -> mobile(LineType.MOBILE, true), call("2026-06-01T10:00", true)),
                deny("47 USC 227(b)(1)(A)(iii)", "an autodialed text is a call: revoked by any reasonable means",
                        () -> new Facts().prefs(Facts.consents(new Consent(ConsentType.AUTODIAL, Facts.MOBILE,
                                Facts.local("2026-01-01T10:00"), Facts.local("2026-05-01T10:00"), false))).build(),
                        new ContactCheck(Channel.SMS, Facts.MOBILE, Facts.local("2026-06-01T10:00"), true,
                                Purpose.COLLECTION), "TCPA_CONSENT", null),
                deny("47 USC 227(b)(1)(A)(iii)", "an unknown number is treated as a mobile without consent",
                        () -> new Facts().build(), new ContactCheck(Channel.CALL, "+14045550000",
                                Facts.local("2026-06-01T10:00"), true, Purpose.COLLECTION), "TCPA_CONSENT", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheRule(RuleCase c) {
        c.verify();
    }

    private static ContactPreferences optOut(Set<Channel> channels, Set<String> destinations) {
        return Facts.preferences(List.of(), channels, destinations, List.of(), false, Set.of(), false);
    }

    private static ContactPreferences workplace(boolean forbidden) {
        return Facts.preferences(List.of(), Set.of(), Set.of(), List.of(), forbidden, Set.of(WORK), false);
    }

    private static DebtFacts mobile(LineType type, boolean consent) {
        Facts f = new Facts();
        f.phones.set(0, new PhonePoint(Facts.MOBILE, type, "CREDITOR", consent, "ACTIVE"));
        return f.build();
    }
}
