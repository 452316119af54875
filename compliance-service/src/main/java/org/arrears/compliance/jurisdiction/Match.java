package org.arrears.compliance.jurisdiction;

import java.util.Locale;
import java.util.Set;

/**
 * Where a jurisdiction applies: the person's state is one of {@code states}, and, when prefixes are given, the
 * postal code starts with one of them (a city inside a state).
 */
public record Match(Set<String> states, Set<String> postalCodePrefixes) {

    public Match {
        states = states == null ? Set.of() : Set.copyOf(states);
        postalCodePrefixes = postalCodePrefixes == null ? Set.of() : Set.copyOf(postalCodePrefixes);
    }

    public boolean matches(String state, String postalCode) {
        if (state == null || !states.contains(state.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return postalCodePrefixes.isEmpty()
                || (postalCode != null && postalCodePrefixes.stream().anyMatch(postalCode.trim()::startsWith));
    }
}
