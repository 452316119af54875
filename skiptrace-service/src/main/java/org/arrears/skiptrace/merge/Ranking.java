package org.arrears.skiptrace.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Rank score = confidence × recency × agreement. Recency halves every year since the point was last verified
 * (unknown: counted as one year old, so an undated point never beats an equally sure fresh one); agreement is
 * 1 − 0.5ⁿ for n independent sources, so a second source matters more than a fifth.
 */
public final class Ranking {

    static final double HALF_LIFE_DAYS = 365;

    private Ranking() {
    }

    public static double score(double confidence, LocalDate lastVerified, int sources, LocalDate today) {
        return confidence * recency(lastVerified, today) * agreement(sources);
    }

    static double recency(LocalDate lastVerified, LocalDate today) {
        long days = lastVerified == null ? (long) HALF_LIFE_DAYS
                : Math.max(0, ChronoUnit.DAYS.between(lastVerified, today));
        return Math.pow(0.5, days / HALF_LIFE_DAYS);
    }

    static double agreement(int sources) {
        return 1 - Math.pow(0.5, Math.max(1, sources));
    }

    /**
     * Independent sources agreeing: the chance that all of them are wrong shrinks with each one
     * (1 − Π(1 − cᵢ)), so a second source confirming a point raises its confidence and never lowers it.
     */
    public static double agreedConfidence(Iterable<Double> perSource) {
        double allWrong = 1;
        for (double c : perSource) {
            allWrong *= 1 - c;
        }
        return 1 - allWrong;
    }
}
