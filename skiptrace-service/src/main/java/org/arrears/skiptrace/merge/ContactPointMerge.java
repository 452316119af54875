package org.arrears.skiptrace.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * Merges sightings of normalised contact points: the same key is one point; a source reporting a point twice
 * counts once (its highest confidence); points whose key is excluded (marked wrong, revoked or reassigned) are
 * dropped whoever reports them; the rest are ranked best first by {@link Ranking}, ties by key so the order is
 * stable.
 */
public final class ContactPointMerge {

    private ContactPointMerge() {
    }

    /**
     * @param combine joins two sightings' details of the same point (e.g. a known line type beats UNKNOWN)
     */
    public static <T> List<Merged<T>> merge(List<Sighting<T>> sightings, Set<String> excludedKeys,
            BinaryOperator<T> combine, LocalDate today) {
        Map<String, List<Sighting<T>>> byKey = new LinkedHashMap<>();
        for (Sighting<T> s : sightings) {
            if (!excludedKeys.contains(s.key())) {
                byKey.computeIfAbsent(s.key(), k -> new ArrayList<>()).add(s);
            }
        }
        List<Merged<T>> out = new ArrayList<>();
        for (var e : byKey.entrySet()) {
            out.add(one(e.getKey(), e.getValue(), combine, today));
        }
        out.sort(Comparator.comparingDouble((Merged<T> m) -> m.score()).reversed().thenComparing(Merged::key));
        return out;
    }

    private static <T> Merged<T> one(String key, List<Sighting<T>> same, BinaryOperator<T> combine, LocalDate today) {
        Map<String, Double> bySource = new LinkedHashMap<>();
        T point = null;
        LocalDate lastVerified = null;
        for (Sighting<T> s : same) {
            bySource.merge(s.source(), s.confidence(), Math::max);
            point = point == null ? s.point() : combine.apply(point, s.point());
            if (s.lastVerified() != null && (lastVerified == null || s.lastVerified().isAfter(lastVerified))) {
                lastVerified = s.lastVerified();
            }
        }
        double confidence = round(Ranking.agreedConfidence(bySource.values()));
        List<String> sources = List.copyOf(bySource.keySet());
        return new Merged<>(point, key, confidence, sources, lastVerified,
                Ranking.score(confidence, lastVerified, sources.size(), today));
    }

    /** Four decimals are plenty for a confidence and keep events and API answers readable. */
    static double round(double d) {
        return Math.round(d * 10_000) / 10_000.0;
    }
}
