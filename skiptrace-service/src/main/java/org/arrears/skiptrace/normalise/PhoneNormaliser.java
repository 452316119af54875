package org.arrears.skiptrace.normalise;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phones to E.164 with libphonenumber. A number that is not valid for its region is no candidate at all: a
 * dialer cannot use it. The line type a source states wins, because North American digits do not tell mobile
 * from landline (libphonenumber answers FIXED_LINE_OR_MOBILE); elsewhere the numbering plan often does.
 */
public final class PhoneNormaliser {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();
    private static final Set<String> STATED_TYPES = Set.of("MOBILE", "LANDLINE", "VOIP");

    private PhoneNormaliser() {
    }

    /**
     * @param raw the number as a source wrote it; national numbers are read in {@code defaultRegion}
     * @param statedType the line type the source gives, or null
     * @param defaultRegion ISO 3166-1 alpha-2 region for numbers without a country code; null means US
     */
    public static Optional<NormalPhone> normalise(String raw, String statedType, String defaultRegion) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String region = defaultRegion == null || defaultRegion.isBlank() ? "US"
                : defaultRegion.trim().toUpperCase(Locale.ROOT);
        PhoneNumber n;
        try {
            n = UTIL.parse(raw.trim(), region);
        } catch (NumberParseException e) {
            return Optional.empty();
        }
        if (!UTIL.isValidNumber(n)) {
            return Optional.empty();
        }
        String e164 = UTIL.format(n, PhoneNumberUtil.PhoneNumberFormat.E164);
        return Optional.of(new NormalPhone(e164, type(n, statedType), zones(n)));
    }

    /** True when the number would be kept as a candidate. */
    public static boolean usable(String raw) {
        return normalise(raw, null, null).isPresent();
    }

    private static String type(PhoneNumber n, String statedType) {
        String stated = statedType == null ? null : statedType.trim().toUpperCase(Locale.ROOT);
        if (stated != null && STATED_TYPES.contains(stated)) {
            return stated;
        }
        return switch (UTIL.getNumberType(n)) {
            case MOBILE -> "MOBILE";
            case FIXED_LINE -> "LANDLINE";
            case VOIP -> "VOIP";
            default -> NormalPhone.UNKNOWN;
        };
    }

    private static java.util.List<String> zones(PhoneNumber n) {
        // The mapper answers "Etc/Unknown" when it cannot place the number; the contract wants an empty list.
        return ZONES.getTimeZonesForNumber(n).stream()
                .filter(z -> !PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(z))
                .distinct().sorted().toList();
    }
}
