package org.arrears.compliance.rules;

import java.util.Locale;

/**
 * An email address the debt's data knows. {@code source} EMPLOYER marks an address the person's employer
 * provided, to which no email may go (1006.22(f)(3)).
 */
public record EmailPoint(String address, String source, String status) {

    public boolean employerProvided() {
        return source != null && source.toUpperCase(Locale.ROOT).equals("EMPLOYER");
    }
}
