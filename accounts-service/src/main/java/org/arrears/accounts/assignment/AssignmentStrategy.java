package org.arrears.accounts.assignment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The assignment strategy as ops write it (PUT /v1/strategies/current): rules in order, first match wins, the
 * last rule matches everything (the default). Stored as JSON, one row per version.
 */
public record AssignmentStrategy(List<Rule> rules) {

    /**
     * A rule: when {@code match} fits the account, it goes to {@code queue} with {@code priority} (lower is
     * worked first), unless the account falls in the {@code challenger}'s share.
     */
    public record Rule(String name, Match match, String queue, Integer priority, Challenger challenger) {
    }

    /**
     * Every criterion given must hold; an absent one matches anything. Balance is the total of the buckets;
     * days since charge-off never match an account that is not charged off.
     */
    public record Match(List<String> creditorIds, BigDecimal minBalance, BigDecimal maxBalance,
            Integer minDaysSinceChargeOff, Integer maxDaysSinceChargeOff, List<String> states,
            List<String> accountTypes, List<String> segments) {

        public boolean isEmpty() {
            return empty(creditorIds) && minBalance == null && maxBalance == null && minDaysSinceChargeOff == null
                    && maxDaysSinceChargeOff == null && empty(states) && empty(accountTypes) && empty(segments);
        }

        private static boolean empty(List<String> list) {
            return list == null || list.isEmpty();
        }
    }

    /** Champion/challenger: {@code percent} of the matching accounts go to this queue instead. */
    public record Challenger(String queue, Integer priority, Integer percent) {
    }
}
