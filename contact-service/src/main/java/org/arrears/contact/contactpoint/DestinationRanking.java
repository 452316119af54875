package org.arrears.contact.contactpoint;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders an account's usable phones, best first: the likeliest to reach the debtor is tried first, so fewer
 * calls count against the 7-in-7 limit (Reg F 1006.14(b)(2)(i)(A)). Confidence from skip tracing first; then
 * line type (a landline or a mobile with autodial consent can be dialled by the dialer, an unknown line without
 * consent only by hand); then past outcomes on the number (a conversation there counts for it, unanswered
 * calls against it). Ties go by number so the order is stable.
 */
public final class DestinationRanking {

    /** Past outcomes on one destination: right-party conversations and unanswered or busy attempts. */
    public record History(int conversations, int unanswered) {
        public static final History NONE = new History(0, 0);
    }

    private DestinationRanking() {
    }

    public static List<Destination> rank(List<Destination> destinations, Map<String, History> history) {
        Comparator<Destination> best = Comparator.comparingDouble(Destination::confidence).reversed()
                .thenComparing(Comparator.comparingInt(DestinationRanking::lineScore).reversed())
                .thenComparing(Comparator.comparingInt(
                        (Destination d) -> outcomeScore(history.getOrDefault(d.value(), History.NONE))).reversed())
                .thenComparing(Destination::value);
        return destinations.stream().filter(Destination::usable).filter(Destination::isPhone).sorted(best).toList();
    }

    /** Whether the dialer may dial it automatically (TCPA 47 USC 227(b): unknown means treat as mobile). */
    public static boolean autodialAllowed(Destination d) {
        return "LANDLINE".equals(d.lineType()) || d.autodialConsent();
    }

    static int lineScore(Destination d) {
        if (autodialAllowed(d)) {
            return "MOBILE".equals(d.lineType()) ? 2 : 1;
        }
        return 0;
    }

    static int outcomeScore(History h) {
        return 3 * h.conversations() - h.unanswered();
    }
}
