package org.arrears.compliance.rules;

import static org.arrears.compliance.rules.Facts.call;
import static org.arrears.compliance.rules.RuleCase.allow;
import static org.arrears.compliance.rules.RuleCase.deny;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Holds stop every medium, and waiting never lifts them: nextEligibleAt is null. */
class HoldRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                deny("12 CFR 1006.6(c)", "after a written cease request no call", () -> held(HoldType.CEASE),
                        call("2026-06-01T10:00", false), "CEASE_COMMUNICATION", null),
                deny("12 CFR 1006.6(c)", "after a written cease request no letter either",
                        () -> held(HoldType.CEASE), Facts.check(Channel.LETTER, "addr-1", "2026-06-01T10:00"),
                        "CEASE_COMMUNICATION", null),
                deny("11 USC 362(a)(6)", "an open bankruptcy case stays all collection",
                        () -> held(HoldType.BANKRUPTCY), Facts.check(Channel.EMAIL, "p@example.com",
                                "2026-06-01T10:00"), "BANKRUPTCY_STAY", null),
                deny("12 CFR 1006.6(a)(4)", "a deceased person's debt is handled only with the estate",
                        () -> held(HoldType.DECEASED), call("2026-06-01T10:00", false), "DECEASED", null),
                deny("50 USC 3937", "an active-duty servicemember's account is flagged for review",
                        () -> held(HoldType.SCRA), call("2026-06-01T10:00", false), "SCRA", null),
                deny("Arrears policy", "a litigation hold routes contact through counsel",
                        () -> held(HoldType.LITIGATION), call("2026-06-01T10:00", false), "LITIGATION_HOLD", null),
                deny("12 CFR 1006.38(d)(2)", "a dispute hold stops collection until verification",
                        () -> held(HoldType.DISPUTE), call("2026-06-01T10:00", false), "DISPUTE_PENDING", null),
                deny("12 CFR 1006.38(d)(2)", "a debt marked disputed stays stopped after its hold is released"
                        + " without verification", () -> {
                            Facts f = new Facts();
                            f.disputed = true;
                            return f.build();
                        }, call("2026-06-01T10:00", false), "DISPUTE_PENDING", null),
                deny("12 CFR 1006.6(b)(2)", "an attorney hold: contact the attorney", () -> held(HoldType.ATTORNEY),
                        call("2026-06-01T10:00", false), "ATTORNEY_REPRESENTED", null),
                deny("12 CFR 1006.6(b)(2)", "attorney representation from the preferences", () -> new Facts()
                        .prefs(Facts.preferences(java.util.List.of(), java.util.Set.of(), java.util.Set.of(),
                                java.util.List.of(), false, java.util.Set.of(), true)).build(),
                        call("2026-06-01T10:00", false), "ATTORNEY_REPRESENTED", null),
                deny("12 CFR 1006.6(c)", "a hold wins over a frequency limit that waiting would clear: no"
                        + " next time at all", () -> {
                            Facts f = new Facts();
                            f.holds.add(HoldType.CEASE);
                            f.conversation("2026-06-01T10:00");
                            return f.build();
                        }, call("2026-06-02T10:00", false), "CALL_AFTER_CONVERSATION", null),
                allow("12 CFR 1006.6(c)", "without a hold the same call is allowed", () -> new Facts().build(),
                        call("2026-06-01T10:00", false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void appliesTheRule(RuleCase c) {
        c.verify();
    }

    private static DebtFacts held(HoldType type) {
        Facts f = new Facts();
        f.holds.add(type);
        return f.build();
    }
}
