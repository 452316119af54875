package org.arrears.skiptrace.normalise;

import java.util.Map;

/**
 * The common USPS standard abbreviations (Publication 28, appendices B, C1 and C2): street suffixes,
 * directionals and secondary unit designators. Words already abbreviated map to themselves.
 */
final class UspsAbbreviations {

    private static final Map<String, String> WORDS = Map.ofEntries(
            // street suffixes (C1)
            Map.entry("ALLEY", "ALY"), Map.entry("AVENUE", "AVE"), Map.entry("AV", "AVE"),
            Map.entry("BOULEVARD", "BLVD"), Map.entry("CIRCLE", "CIR"), Map.entry("COURT", "CT"),
            Map.entry("DRIVE", "DR"), Map.entry("EXPRESSWAY", "EXPY"), Map.entry("FREEWAY", "FWY"),
            Map.entry("HIGHWAY", "HWY"), Map.entry("LANE", "LN"), Map.entry("PARKWAY", "PKWY"),
            Map.entry("PLACE", "PL"), Map.entry("PLAZA", "PLZ"), Map.entry("ROAD", "RD"),
            Map.entry("SQUARE", "SQ"), Map.entry("STREET", "ST"), Map.entry("STR", "ST"),
            Map.entry("TERRACE", "TER"), Map.entry("TRAIL", "TRL"), Map.entry("TURNPIKE", "TPKE"),
            Map.entry("CROSSING", "XING"), Map.entry("POINT", "PT"), Map.entry("HEIGHTS", "HTS"),
            // directionals (B)
            Map.entry("NORTH", "N"), Map.entry("SOUTH", "S"), Map.entry("EAST", "E"), Map.entry("WEST", "W"),
            Map.entry("NORTHEAST", "NE"), Map.entry("NORTHWEST", "NW"), Map.entry("SOUTHEAST", "SE"),
            Map.entry("SOUTHWEST", "SW"),
            // secondary unit designators (C2)
            Map.entry("APARTMENT", "APT"), Map.entry("BUILDING", "BLDG"), Map.entry("DEPARTMENT", "DEPT"),
            Map.entry("FLOOR", "FL"), Map.entry("ROOM", "RM"), Map.entry("SUITE", "STE"), Map.entry("UNIT", "UNIT"),
            Map.entry("BASEMENT", "BSMT"), Map.entry("PENTHOUSE", "PH"), Map.entry("TRAILER", "TRLR"),
            Map.entry("SPACE", "SPC"), Map.entry("LOT", "LOT"));

    private UspsAbbreviations() {
    }

    static String of(String word) {
        return WORDS.getOrDefault(word, word);
    }
}
