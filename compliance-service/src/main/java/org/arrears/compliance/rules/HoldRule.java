package org.arrears.compliance.rules;

import java.util.List;

/**
 * A hold that stops all contact while it is in force; waiting does not lift it, an officer's release or a later
 * event does. One instance per hold type, each with the code and citation of the rule behind the hold.
 */
public final class HoldRule implements Rule {

    private final HoldType type;
    private final String code;
    private final String citation;
    private final String message;

    private HoldRule(HoldType type, String code, String citation, String message) {
        this.type = type;
        this.code = code;
        this.citation = citation;
        this.message = message;
    }

    /** After a written cease request only a notice that collection ends or of specific remedies may go out. */
    public static HoldRule cease() {
        return new HoldRule(HoldType.CEASE, "CEASE_COMMUNICATION", "12 CFR 1006.6(c)",
                "the person asked in writing that communication cease");
    }

    /** An open bankruptcy case's automatic stay stops all collection. */
    public static HoldRule bankruptcy() {
        return new HoldRule(HoldType.BANKRUPTCY, "BANKRUPTCY_STAY", "11 USC 362(a)(6)",
                "an open bankruptcy case stays all collection");
    }

    /** Only the estate's representative may be dealt with, through a process outside routine contact. */
    public static HoldRule deceased() {
        return new HoldRule(HoldType.DECEASED, "DECEASED", "12 CFR 1006.6(a)(4)",
                "the person is deceased: deal only with the estate's representative");
    }

    /** Active duty: interest capped and the account flagged for review before any contact. */
    public static HoldRule scra() {
        return new HoldRule(HoldType.SCRA, "SCRA", "50 USC 3937",
                "the person is on active military duty: the account is under review");
    }

    /** The debt is in litigation: contact goes through the law firm handling it. */
    public static HoldRule litigation() {
        return new HoldRule(HoldType.LITIGATION, "LITIGATION_HOLD", "Arrears policy: litigation hold",
                "the debt is in litigation: contact goes through counsel");
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String citation() {
        return citation;
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        return facts.holds(type) ? List.of(violation(message, null)) : List.of();
    }
}
