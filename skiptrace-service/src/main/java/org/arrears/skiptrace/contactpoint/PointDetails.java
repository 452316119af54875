package org.arrears.skiptrace.contactpoint;

import java.util.List;
import java.util.Map;

import org.arrears.skiptrace.normalise.NormalAddress;
import org.arrears.skiptrace.normalise.NormalPhone;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The {@code detail} column of a contact point: JSON of the normalised phone or address. */
final class PointDetails {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PointDetails() {
    }

    static String of(Object normalised) {
        try {
            return JSON.writeValueAsString(normalised == null ? Map.of() : normalised);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static NormalPhone phone(ContactPoint p) {
        try {
            NormalPhone stored = JSON.readValue(p.detail, NormalPhone.class);
            return new NormalPhone(p.pointKey, stored.type(), stored.timeZones() == null ? List.of()
                    : stored.timeZones());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static NormalAddress address(ContactPoint p) {
        try {
            return JSON.readValue(p.detail, NormalAddress.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
