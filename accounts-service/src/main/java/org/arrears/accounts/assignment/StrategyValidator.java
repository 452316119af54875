package org.arrears.accounts.assignment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.arrears.accounts.assignment.AssignmentStrategy.Match;
import org.arrears.accounts.assignment.AssignmentStrategy.Rule;
import org.arrears.accounts.debtor.UsStates;
import org.arrears.platform.problem.Problem.Violation;

/**
 * What a strategy must be before it may assign anything: at least one rule, unique names, queues and
 * priorities set, sane ranges, valid states, a challenger share strictly between 0 and 100, and a last rule that
 * matches everything, so every account gets a queue.
 */
public final class StrategyValidator {

    static final int MAX_RULES = 500;
    private static final Pattern QUEUE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    private StrategyValidator() {
    }

    public static List<Violation> violations(AssignmentStrategy s) {
        List<Violation> v = new ArrayList<>();
        if (s == null || s.rules() == null || s.rules().isEmpty()) {
            v.add(new Violation("rules", "at least one rule is required, the last one a default (empty match)"));
            return v;
        }
        if (s.rules().size() > MAX_RULES) {
            v.add(new Violation("rules", "at most " + MAX_RULES + " rules"));
            return v;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < s.rules().size(); i++) {
            Rule r = s.rules().get(i);
            String f = "rules[" + i + "]";
            if (r == null) {
                v.add(new Violation(f, "must not be null"));
                continue;
            }
            if (r.name() == null || r.name().isBlank()) {
                v.add(new Violation(f + ".name", "is required"));
            } else if (!names.add(r.name())) {
                v.add(new Violation(f + ".name", "duplicates another rule's name"));
            }
            queue(r.queue(), f + ".queue", v);
            priority(r.priority(), f + ".priority", true, v);
            match(r.match(), f + ".match", v);
            if (r.challenger() != null) {
                queue(r.challenger().queue(), f + ".challenger.queue", v);
                priority(r.challenger().priority(), f + ".challenger.priority", false, v);
                Integer p = r.challenger().percent();
                if (p == null || p < 1 || p > 99) {
                    v.add(new Violation(f + ".challenger.percent", "must be between 1 and 99"));
                }
            }
        }
        Rule last = s.rules().get(s.rules().size() - 1);
        if (last != null && last.match() != null && !last.match().isEmpty()) {
            v.add(new Violation("rules[" + (s.rules().size() - 1) + "].match",
                    "the last rule is the default and must match every account (empty match)"));
        }
        return v;
    }

    private static void queue(String queue, String field, List<Violation> v) {
        if (queue == null || !QUEUE.matcher(queue).matches()) {
            v.add(new Violation(field, "must be a queue name: lowercase letters, digits, '.', '_' or '-'"));
        }
    }

    private static void priority(Integer p, String field, boolean required, List<Violation> v) {
        if (p == null) {
            if (required) {
                v.add(new Violation(field, "is required"));
            }
        } else if (p < 0 || p > 1000) {
            v.add(new Violation(field, "must be between 0 and 1000"));
        }
    }

    private static void match(Match m, String f, List<Violation> v) {
        if (m == null) {
            return;
        }
        nonNegative(m.minBalance(), f + ".minBalance", v);
        nonNegative(m.maxBalance(), f + ".maxBalance", v);
        if (m.minBalance() != null && m.maxBalance() != null && m.minBalance().compareTo(m.maxBalance()) > 0) {
            v.add(new Violation(f + ".maxBalance", "must not be less than minBalance"));
        }
        if (m.minDaysSinceChargeOff() != null && m.minDaysSinceChargeOff() < 0) {
            v.add(new Violation(f + ".minDaysSinceChargeOff", "must not be negative"));
        }
        if (m.maxDaysSinceChargeOff() != null && m.maxDaysSinceChargeOff() < 0) {
            v.add(new Violation(f + ".maxDaysSinceChargeOff", "must not be negative"));
        }
        if (m.minDaysSinceChargeOff() != null && m.maxDaysSinceChargeOff() != null
                && m.minDaysSinceChargeOff() > m.maxDaysSinceChargeOff()) {
            v.add(new Violation(f + ".maxDaysSinceChargeOff", "must not be less than minDaysSinceChargeOff"));
        }
        if (m.states() != null) {
            for (int i = 0; i < m.states().size(); i++) {
                if (!UsStates.isValid(m.states().get(i))) {
                    v.add(new Violation(f + ".states[" + i + "]", "must be a two-letter US state code such as MA"));
                }
            }
        }
    }

    private static void nonNegative(BigDecimal d, String field, List<Violation> v) {
        if (d != null && d.signum() < 0) {
            v.add(new Violation(field, "must not be negative"));
        }
    }
}
