package org.arrears.skiptrace.merge;

import java.time.LocalDate;

/**
 * One source reporting one normalised contact point: {@code key} says which sightings are the same point,
 * {@code confidence} is the source's own 0..1, {@code lastVerified} the date it last confirmed it (or null).
 */
public record Sighting<T>(T point, String key, String source, double confidence, LocalDate lastVerified) {

    public Sighting {
        confidence = Math.max(0, Math.min(1, confidence));
    }
}
