package org.arrears.accounts.assignment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.arrears.accounts.assignment.AssignmentStrategy.Match;
import org.arrears.accounts.assignment.AssignmentStrategy.Rule;

/**
 * Applies one version of the strategy: the first rule whose match fits wins. A challenger split is chosen from a
 * hash of the account id and the rule's name, so an account always lands in the same arm (re-running the
 * assignment, or replaying it, gives the same queue) while the arms stay close to the configured share.
 */
public final class Assigner {

    private final AssignmentStrategy strategy;
    private final int version;

    public Assigner(AssignmentStrategy strategy, int version) {
        this.strategy = strategy;
        this.version = version;
    }

    public int version() {
        return version;
    }

    public Assignment assign(AccountFacts account, LocalDate today) {
        for (Rule rule : strategy.rules()) {
            if (matches(rule.match(), account, today)) {
                if (rule.challenger() != null && bucketOf(account.accountId(), rule.name()) < rule.challenger().percent()) {
                    int priority = rule.challenger().priority() == null ? rule.priority() : rule.challenger().priority();
                    return new Assignment(rule.challenger().queue(), priority, version, rule.name(), true);
                }
                return new Assignment(rule.queue(), rule.priority(), version, rule.name(), false);
            }
        }
        // StrategyValidator makes the last rule a default; reaching here means an unvalidated document.
        throw new IllegalStateException("strategy version " + version + " has no default rule");
    }

    static boolean matches(Match m, AccountFacts a, LocalDate today) {
        if (m == null) {
            return true;
        }
        if (!in(m.creditorIds(), a.creditorId()) || !in(m.states(), a.state())
                || !in(m.accountTypes(), a.accountType()) || !in(m.segments(), a.segment())) {
            return false;
        }
        if (m.minBalance() != null && a.totalBalance().compareTo(m.minBalance()) < 0) {
            return false;
        }
        if (m.maxBalance() != null && a.totalBalance().compareTo(m.maxBalance()) > 0) {
            return false;
        }
        if (m.minDaysSinceChargeOff() != null || m.maxDaysSinceChargeOff() != null) {
            if (a.chargeOffDate() == null) {
                return false;
            }
            long days = ChronoUnit.DAYS.between(a.chargeOffDate(), today);
            if (m.minDaysSinceChargeOff() != null && days < m.minDaysSinceChargeOff()) {
                return false;
            }
            if (m.maxDaysSinceChargeOff() != null && days > m.maxDaysSinceChargeOff()) {
                return false;
            }
        }
        return true;
    }

    private static boolean in(List<String> allowed, String value) {
        return allowed == null || allowed.isEmpty() || (value != null && allowed.contains(value));
    }

    /** 0..99, stable for an (account, rule) pair. */
    static int bucketOf(String accountId, String ruleName) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((accountId + "|" + ruleName).getBytes(StandardCharsets.UTF_8));
            int n = ((h[0] & 0xff) << 24) | ((h[1] & 0xff) << 16) | ((h[2] & 0xff) << 8) | (h[3] & 0xff);
            return Math.floorMod(n, 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
