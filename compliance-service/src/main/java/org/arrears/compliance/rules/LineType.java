package org.arrears.compliance.rules;

/**
 * A phone's line type as the contact point's data gives it. US digits do not tell a mobile from a landline,
 * so UNKNOWN is treated as MOBILE wherever the difference matters (TCPA).
 */
public enum LineType {
    MOBILE, LANDLINE, UNKNOWN;

    public static LineType parse(String value) {
        if (value == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return UNKNOWN;
        }
    }

    public boolean mayBeMobile() {
        return this != LANDLINE;
    }
}
