package org.arrears.skiptrace.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RankingProperties {

    private static final LocalDate TODAY = LocalDate.parse("2026-11-23");

    @Property
    void agreementNeverLowersConfidenceAndStaysWithinZeroAndOne(
            @ForAll @Size(min = 1, max = 6) List<@DoubleRange(min = 0, max = 1) Double> confidences,
            @ForAll @DoubleRange(min = 0, max = 1) double another) {
        double before = Ranking.agreedConfidence(confidences);
        List<Double> more = new ArrayList<>(confidences);
        more.add(another);
        double after = Ranking.agreedConfidence(more);

        assertThat(after).isBetween(0.0, 1.0).isGreaterThanOrEqualTo(before - 1e-12);
        assertThat(before).isGreaterThanOrEqualTo(confidences.stream().mapToDouble(d -> d).max().orElseThrow()
                - 1e-12);
    }

    @Property
    void aFresherVerificationNeverRanksLower(@ForAll @DoubleRange(min = 0, max = 1) double confidence,
            @ForAll @IntRange(min = 0, max = 3650) int olderDays, @ForAll @IntRange(min = 0, max = 3650) int fresherBy,
            @ForAll @IntRange(min = 1, max = 5) int sources) {
        LocalDate older = TODAY.minusDays(olderDays);
        LocalDate fresher = older.plusDays(Math.min(fresherBy, olderDays));

        assertThat(Ranking.score(confidence, fresher, sources, TODAY))
                .isGreaterThanOrEqualTo(Ranking.score(confidence, older, sources, TODAY));
    }

    @Property
    void moreSourcesNeverRankLower(@ForAll @DoubleRange(min = 0, max = 1) double confidence,
            @ForAll @IntRange(min = 1, max = 8) int sources) {
        assertThat(Ranking.score(confidence, TODAY, sources + 1, TODAY))
                .isGreaterThanOrEqualTo(Ranking.score(confidence, TODAY, sources, TODAY));
    }
}
