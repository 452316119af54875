package org.arrears.skiptrace.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactPointMergeTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    private static Sighting<String> seen(String key, String source, double confidence, String lastVerified) {
        return new Sighting<>(key, key, source, confidence, lastVerified == null ? null : LocalDate.parse(lastVerified));
    }

    private static List<Merged<String>> merge(List<Sighting<String>> s, Set<String> excluded) {
        return ContactPointMerge.merge(s, excluded, (a, b) -> a, TODAY);
    }

    @ParameterizedTest(name = "{0} by {1}, then by {2}: {3}")
    @CsvSource({
            // first, second source confidence → merged confidence, sources
            "0.6, 0.5, 0.8, a|b", // agreement: 1 − 0.4 × 0.5
            "0.9, 0.9, 0.99, a|b",
            "0.0, 0.7, 0.7, a|b",
            "1.0, 0.2, 1.0, a|b" })
    void aSecondSourceConfirmingAPointRaisesItsConfidence(double first, double second, double merged,
            String sources) {
        List<Merged<String>> out = merge(List.of(seen("+16175550143", "a", first, null),
                seen("+16175550143", "b", second, null)), Set.of());

        assertThat(out).hasSize(1);
        assertThat(out.get(0).confidence()).isEqualTo(merged);
        assertThat(out.get(0).sources()).containsExactly(sources.split("\\|"));
    }

    @Test
    void oneSourceRepeatingItselfIsNoAgreementAndItsBestWordCounts() {
        List<Merged<String>> out = merge(List.of(seen("x", "a", 0.4, null), seen("x", "a", 0.7, null)), Set.of());

        assertThat(out.get(0).confidence()).isEqualTo(0.7);
        assertThat(out.get(0).sources()).containsExactly("a");
    }

    @Test
    void theLatestVerificationOfAnySourceIsKept() {
        List<Merged<String>> out = merge(List.of(seen("x", "a", 0.5, "2025-01-01"), seen("x", "b", 0.5, "2026-06-01"),
                seen("x", "c", 0.5, null)), Set.of());

        assertThat(out.get(0).lastVerified()).isEqualTo(LocalDate.parse("2026-06-01"));
    }

    @Test
    void pointsMarkedWrongRevokedOrReassignedAreDroppedWhoeverReportsThem() {
        List<Merged<String>> out = merge(List.of(seen("wrong", "a", 0.99, "2026-11-20"),
                seen("wrong", "b", 0.99, null), seen("fine", "a", 0.3, null)), Set.of("wrong"));

        assertThat(out).extracting(Merged::key).containsExactly("fine");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            // name; sightings (key:source:confidence:lastVerified, …); expected order
            "more confident first; p:a:0.9:2026-11-01,q:a:0.5:2026-11-01; p,q",
            "fresher first at equal confidence; p:a:0.8:2024-11-23,q:a:0.8:2026-11-20; q,p",
            "undated ranks below dated-this-year; p:a:0.8:-,q:a:0.8:2026-06-01; q,p",
            "two agreeing sources beat one surer source; p:a:0.7:2026-11-01,p:b:0.6:2026-11-01,q:c:0.9:2026-11-01; p,q",
            "a very old point loses to a fresh weaker one; p:a:0.9:2020-01-01,q:a:0.5:2026-11-01; q,p",
            "ties are broken by key; q:a:0.5:2026-11-01,p:a:0.5:2026-11-01; p,q" })
    void rankedByConfidenceTimesRecencyTimesAgreement(String name, String sightings, String order) {
        List<Sighting<String>> s = java.util.Arrays.stream(sightings.split(",")).map(x -> {
            String[] f = x.split(":");
            return seen(f[0], f[1], Double.parseDouble(f[2]), f[3].equals("-") ? null : f[3]);
        }).toList();

        assertThat(merge(s, Set.of())).extracting(Merged::key).containsExactly(order.split(","));
    }
}
