package org.arrears.accounts.placement;

import java.util.Locale;
import java.util.Optional;

/** The formats a portfolio may come in, by Content-Type (docs/placement-formats.md). */
public enum PlacementFormat {
    JSON("application/json"), NDJSON("application/x-ndjson"), CSV("text/csv");

    public final String mediaType;

    PlacementFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public static Optional<PlacementFormat> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
        for (PlacementFormat f : values()) {
            if (f.mediaType.equals(base)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
