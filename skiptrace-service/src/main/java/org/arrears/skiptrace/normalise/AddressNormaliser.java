package org.arrears.skiptrace.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Addresses to one standard form so that two sources' spellings of one place compare equal: upper case, no
 * punctuation, single spaces; for US addresses the USPS abbreviations (Publication 28) for street suffixes,
 * directionals and unit designators, the two-letter state and ZIP5 or ZIP+4. Other countries get the case and
 * spacing rules only: their postal conventions are not USPS's.
 */
public final class AddressNormaliser {

    private static final Pattern ZIP = Pattern.compile("^(\\d{5})(?:-?(\\d{4}))?$");
    private static final Pattern PUNCTUATION = Pattern.compile("[.,;:]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private AddressNormaliser() {
    }

    /** Empty when a required part (line1, city, postal code) is missing or a US ZIP or state is not one. */
    public static Optional<NormalAddress> normalise(String line1, String line2, String city, String state,
            String postalCode, String country) {
        String c = Countries.alpha2(country);
        if (c == null) {
            return Optional.empty();
        }
        String l1 = clean(line1);
        String l2 = clean(line2);
        String ct = clean(city);
        String st = clean(state);
        String pc = clean(postalCode);
        if (l1 == null || ct == null || pc == null) {
            return Optional.empty();
        }
        if (!"US".equals(c)) {
            return Optional.of(new NormalAddress(l1, l2, ct, st, pc, c));
        }
        var zip = ZIP.matcher(pc.replace(" ", ""));
        String usState = st == null ? null : UsStates.code(st);
        if (!zip.matches() || usState == null) {
            return Optional.empty();
        }
        String zipCode = zip.group(2) == null ? zip.group(1) : zip.group(1) + "-" + zip.group(2);
        return Optional.of(new NormalAddress(usps(l1), l2 == null ? null : usps(l2), ct, usState, zipCode, c));
    }

    private static String clean(String s) {
        if (s == null) {
            return null;
        }
        String out = SPACES.matcher(PUNCTUATION.matcher(s.toUpperCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ")
                .trim();
        return out.isEmpty() ? null : out;
    }

    /** Word by word: "123 North Main Street Apartment 4" → "123 N MAIN ST APT 4". */
    private static String usps(String line) {
        List<String> words = new ArrayList<>();
        for (String w : line.split(" ")) {
            words.add(UspsAbbreviations.of(w));
        }
        return String.join(" ", words);
    }
}
