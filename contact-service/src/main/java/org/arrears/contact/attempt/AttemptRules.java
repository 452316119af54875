package org.arrears.contact.attempt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.arrears.platform.problem.Problem.Violation;

/**
 * What an agent's attempt must hold. An outbound attempt names the compliance check that allowed it (every
 * outbound contact is checked first); an inbound one needs none, the debtor called. Letters, emails and texts end
 * DELIVERED or RETURNED or in what the debtor answered; a call cannot be "delivered".
 */
public final class AttemptRules {

    static final Set<String> CHANNELS = Set.of("CALL", "SMS", "EMAIL", "LETTER", "VOICEMAIL");
    static final Set<String> DIRECTIONS = Set.of(NewAttempt.OUTBOUND, NewAttempt.INBOUND);
    private static final Set<Outcome> WRITTEN_ONLY = Set.of(Outcome.DELIVERED, Outcome.RETURNED);
    private static final Set<Outcome> NOT_WRITTEN = Set.of(Outcome.NO_ANSWER, Outcome.BUSY,
            Outcome.VOICEMAIL_LIMITED_CONTENT, Outcome.DISCONNECTED);
    private static final int MAX_TEXT = 320;

    private AttemptRules() {
    }

    public static List<Violation> check(AttemptRecord r) {
        List<Violation> v = new ArrayList<>();
        if (r == null) {
            v.add(new Violation("body", "is required"));
            return v;
        }
        required(r.accountId(), "accountId", v);
        if (r.channel() == null || !CHANNELS.contains(r.channel())) {
            v.add(new Violation("channel", "must be one of " + CHANNELS.stream().sorted().toList()));
        }
        if (r.direction() == null || !DIRECTIONS.contains(r.direction())) {
            v.add(new Violation("direction", "must be OUTBOUND or INBOUND"));
        }
        var outcome = r.outcome() == null ? java.util.Optional.<Outcome>empty() : Outcome.parse(r.outcome());
        if (outcome.isEmpty()) {
            v.add(new Violation("outcome", "must be one of the ContactAttempted outcomes"));
        } else if (r.channel() != null) {
            boolean written = Set.of("SMS", "EMAIL", "LETTER").contains(r.channel());
            if (!written && WRITTEN_ONLY.contains(outcome.get())) {
                v.add(new Violation("outcome", "is for letters, emails and texts, not for " + r.channel()));
            }
            if (written && NOT_WRITTEN.contains(outcome.get())) {
                v.add(new Violation("outcome", "is for calls, not for " + r.channel()));
            }
        }
        if (r.startedAt() == null) {
            v.add(new Violation("startedAt", "is required"));
        }
        if (r.durationSeconds() != null && r.durationSeconds() < 0) {
            v.add(new Violation("durationSeconds", "must not be negative"));
        }
        if (NewAttempt.OUTBOUND.equals(r.direction()) && (r.checkId() == null || r.checkId().isBlank())) {
            v.add(new Violation("checkId", "is required for an outbound attempt: check compliance before contact"));
        }
        if (r.destination() != null && r.destination().length() > MAX_TEXT) {
            v.add(new Violation("destination", "must be at most " + MAX_TEXT + " characters"));
        }
        return v;
    }

    private static void required(String value, String field, List<Violation> v) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "is required"));
        } else if (value.length() > MAX_TEXT) {
            v.add(new Violation(field, "must be at most " + MAX_TEXT + " characters"));
        }
    }
}
