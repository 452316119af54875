package org.arrears.compliance.rules;

import java.time.Instant;

/**
 * One reason a contact is not allowed. {@code notBefore} is a time before which this rule cannot be satisfied
 * (a lower bound the engine iterates on), or null when waiting will not help (a cease, a bankruptcy, an opt-out).
 */
public record Violation(String code, String citation, String message, Instant notBefore) {

    public boolean waitingHelps() {
        return notBefore != null;
    }
}
