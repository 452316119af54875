package org.arrears.compliance.time;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * Where the person may be: the zones of a phone number's area code (libphonenumber; a toll-free number gives all
 * of them) and of the address's state (both zones for a state that spans two). A check's candidate zones are the
 * union; a contact must be convenient in every one.
 */
public final class TimeZones {

    private static final Set<ZoneId> ALL_US;
    private static final Properties STATES = new Properties();

    static {
        try (InputStream in = TimeZones.class.getClassLoader()
                .getResourceAsStream("compliance/state-time-zones.properties")) {
            STATES.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("compliance/state-time-zones.properties is missing", e);
        }
        Set<ZoneId> all = new TreeSet<>(java.util.Comparator.comparing(ZoneId::getId));
        STATES.values().forEach(v -> parse((String) v).forEach(all::add));
        ALL_US = Set.copyOf(all);
    }

    private TimeZones() {
    }

    /** The zones of the area code; empty when the number is not a parsable, geographic or mapped number. */
    public static List<ZoneId> ofPhone(String e164) {
        try {
            var number = PhoneNumberUtil.getInstance().parse(e164, "US");
            return PhoneNumberToTimeZonesMapper.getInstance().getTimeZonesForNumber(number).stream()
                    .filter(z -> !z.equals(PhoneNumberToTimeZonesMapper.getUnknownTimeZone()))
                    .map(ZoneId::of).toList();
        } catch (NumberParseException e) {
            return List.of();
        }
    }

    /** The zones of a US state or territory; empty when unknown. */
    public static List<ZoneId> ofState(String state) {
        if (state == null) {
            return List.of();
        }
        String zones = STATES.getProperty(state.trim().toUpperCase(Locale.ROOT));
        return zones == null ? List.of() : parse(zones);
    }

    /**
     * The candidate zones for a contact: the address's state's zones and the phones' zones; every US zone when
     * nothing tells where the person is, so an unknown location is never assumed convenient.
     */
    public static List<ZoneId> candidates(String state, Collection<String> phones) {
        Set<ZoneId> zones = new LinkedHashSet<>(ofState(state));
        phones.forEach(p -> zones.addAll(ofPhone(p)));
        if (zones.isEmpty()) {
            zones.addAll(ALL_US);
        }
        return zones.stream().sorted(java.util.Comparator.comparing(ZoneId::getId)).toList();
    }

    private static List<ZoneId> parse(String zones) {
        return Arrays.stream(zones.split(",")).map(String::trim).map(ZoneId::of).toList();
    }
}
