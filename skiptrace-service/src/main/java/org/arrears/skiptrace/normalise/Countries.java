package org.arrears.skiptrace.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Country to ISO 3166-1 alpha-2; a missing country means US, the platform's home market. */
final class Countries {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());
    private static final Map<String, String> NAMES = Map.of("USA", "US", "UNITED STATES", "US",
            "UNITED STATES OF AMERICA", "US", "CANADA", "CA", "MEXICO", "MX", "UNITED KINGDOM", "GB", "UK", "GB");

    private Countries() {
    }

    /** The alpha-2 code, or null when the value names no country we know. */
    static String alpha2(String country) {
        if (country == null || country.isBlank()) {
            return "US";
        }
        String c = country.trim().toUpperCase(Locale.ROOT);
        if (NAMES.containsKey(c)) {
            return NAMES.get(c);
        }
        return c.length() == 2 && ISO.contains(c) ? c : null;
    }
}
