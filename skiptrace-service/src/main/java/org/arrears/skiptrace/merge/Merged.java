package org.arrears.skiptrace.merge;

import java.time.LocalDate;
import java.util.List;

/** A contact point after merging: agreed confidence, every source in first-seen order, and its rank score. */
public record Merged<T>(T point, String key, double confidence, List<String> sources, LocalDate lastVerified,
        double score) {
}
