package org.arrears.skiptrace.lookup;

import java.util.List;

import org.arrears.skiptrace.merge.Merged;

/**
 * The waterfall stops when the best phone and the best address both reach the threshold: asking further
 * providers would cost money for points collectors do not need.
 */
public final class StopRule {

    private StopRule() {
    }

    public static boolean enough(List<? extends Merged<?>> phones, List<? extends Merged<?>> addresses,
            double threshold) {
        return best(phones) >= threshold && best(addresses) >= threshold;
    }

    private static double best(List<? extends Merged<?>> points) {
        return points.stream().mapToDouble(Merged::confidence).max().orElse(0);
    }
}
