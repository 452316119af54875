package org.arrears.skiptrace.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Emails lowercased and trimmed; something without a local part, an @ and a dotted domain is no candidate. */
public final class EmailNormaliser {

    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private EmailNormaliser() {
    }

    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String s = raw.trim().toLowerCase(Locale.ROOT);
        return SHAPE.matcher(s).matches() ? Optional.of(s) : Optional.empty();
    }
}
