package org.arrears.compliance.rules;

import java.util.List;

/**
 * One rule a contact must satisfy. A rule that does not apply to the check returns nothing. A violated rule
 * returns its reasons, each with a {@code notBefore} strictly after the check's time (or null): the engine relies
 * on that to reach the earliest lawful time by iteration.
 */
public interface Rule {

    String code();

    String citation();

    List<Violation> evaluate(ContactCheck check, DebtFacts facts);

    default Violation violation(String message, java.time.Instant notBefore) {
        return new Violation(code(), citation(), message, notBefore);
    }
}
