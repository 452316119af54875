package org.arrears.skiptrace.normalise;

import java.util.List;

/**
 * A phone in E.164 with its line type (MOBILE, LANDLINE, VOIP or UNKNOWN, which callers treat as mobile) and the
 * IANA zones its number may be in.
 */
public record NormalPhone(String number, String type, List<String> timeZones) {

    public static final String UNKNOWN = "UNKNOWN";

    public NormalPhone {
        timeZones = List.copyOf(timeZones);
    }

    /** The same number seen twice: a known line type beats UNKNOWN, whoever reported it. */
    public NormalPhone combine(NormalPhone other) {
        return UNKNOWN.equals(type) && !UNKNOWN.equals(other.type) ? new NormalPhone(number, other.type, timeZones)
                : this;
    }
}
