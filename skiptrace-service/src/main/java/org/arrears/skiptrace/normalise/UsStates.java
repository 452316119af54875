package org.arrears.skiptrace.normalise;

import java.util.HashMap;
import java.util.Map;

/** US states, DC and territories by USPS code and by name. */
final class UsStates {

    private static final String[][] STATES = {
        { "AL", "ALABAMA" }, { "AK", "ALASKA" }, { "AZ", "ARIZONA" }, { "AR", "ARKANSAS" },
        { "CA", "CALIFORNIA" }, { "CO", "COLORADO" }, { "CT", "CONNECTICUT" }, { "DE", "DELAWARE" },
        { "DC", "DISTRICT OF COLUMBIA" }, { "FL", "FLORIDA" }, { "GA", "GEORGIA" }, { "HI", "HAWAII" },
        { "ID", "IDAHO" }, { "IL", "ILLINOIS" }, { "IN", "INDIANA" }, { "IA", "IOWA" }, { "KS", "KANSAS" },
        { "KY", "KENTUCKY" }, { "LA", "LOUISIANA" }, { "ME", "MAINE" }, { "MD", "MARYLAND" },
        { "MA", "MASSACHUSETTS" }, { "MI", "MICHIGAN" }, { "MN", "MINNESOTA" }, { "MS", "MISSISSIPPI" },
        { "MO", "MISSOURI" }, { "MT", "MONTANA" }, { "NE", "NEBRASKA" }, { "NV", "NEVADA" },
        { "NH", "NEW HAMPSHIRE" }, { "NJ", "NEW JERSEY" }, { "NM", "NEW MEXICO" }, { "NY", "NEW YORK" },
        { "NC", "NORTH CAROLINA" }, { "ND", "NORTH DAKOTA" }, { "OH", "OHIO" }, { "OK", "OKLAHOMA" },
        { "OR", "OREGON" }, { "PA", "PENNSYLVANIA" }, { "RI", "RHODE ISLAND" }, { "SC", "SOUTH CAROLINA" },
        { "SD", "SOUTH DAKOTA" }, { "TN", "TENNESSEE" }, { "TX", "TEXAS" }, { "UT", "UTAH" },
        { "VT", "VERMONT" }, { "VA", "VIRGINIA" }, { "WA", "WASHINGTON" }, { "WV", "WEST VIRGINIA" },
        { "WI", "WISCONSIN" }, { "WY", "WYOMING" }, { "PR", "PUERTO RICO" }, { "GU", "GUAM" },
        { "VI", "VIRGIN ISLANDS" }, { "AS", "AMERICAN SAMOA" }, { "MP", "NORTHERN MARIANA ISLANDS" } };
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String[] s : STATES) {
            CODES.put(s[0], s[0]);
            CODES.put(s[1], s[0]);
        }
    }

    private UsStates() {
    }

    /** The two-letter code for a code or a name in upper case, or null. */
    static String code(String state) {
        return CODES.get(state);
    }
}
