package org.arrears.contact.disposition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.arrears.contact.attempt.Outcome;
import org.arrears.platform.problem.Problem.Violation;

/**
 * What a dialer's disposition must hold. A dialer reports calls only, so the outcomes of letters and emails
 * (DELIVERED, RETURNED) are refused here.
 */
public final class DispositionRules {

    public static final int MAX_BATCH = 1000;
    static final Set<Outcome> DIALER_OUTCOMES = Set.of(Outcome.NO_ANSWER, Outcome.BUSY,
            Outcome.VOICEMAIL_LIMITED_CONTENT, Outcome.WRONG_NUMBER, Outcome.DISCONNECTED,
            Outcome.RIGHT_PARTY_CONTACT, Outcome.THIRD_PARTY, Outcome.REFUSED_TO_PAY, Outcome.PROMISE_TO_PAY,
            Outcome.CALLBACK_REQUESTED, Outcome.CEASE_REQUESTED, Outcome.DISPUTE_RAISED);
    private static final int MAX_ID = 200;

    private DispositionRules() {
    }

    public static List<Violation> check(DispositionBatch batch) {
        List<Violation> v = new ArrayList<>();
        if (batch == null || batch.dispositions() == null || batch.dispositions().isEmpty()) {
            v.add(new Violation("dispositions", "must hold at least one disposition"));
            return v;
        }
        if (batch.dispositions().size() > MAX_BATCH) {
            v.add(new Violation("dispositions", "must hold at most " + MAX_BATCH + " dispositions"));
            return v;
        }
        for (int i = 0; i < batch.dispositions().size(); i++) {
            check(batch.dispositions().get(i), "dispositions[" + i + "].", v);
        }
        return v;
    }

    public static void check(Disposition d, String prefix, List<Violation> v) {
        if (d == null) {
            v.add(new Violation(prefix.substring(0, prefix.length() - 1), "must not be null"));
            return;
        }
        text(d.accountId(), prefix + "accountId", v);
        text(d.callId(), prefix + "callId", v);
        text(d.destination(), prefix + "destination", v);
        if (d.requestId() != null && !isUuid(d.requestId())) {
            v.add(new Violation(prefix + "requestId", "must be the requestId of a ContactRequested (a UUID)"));
        }
        if (d.outcome() == null) {
            v.add(new Violation(prefix + "outcome", "is required"));
        } else if (Outcome.parse(d.outcome()).filter(DIALER_OUTCOMES::contains).isEmpty()) {
            v.add(new Violation(prefix + "outcome", "must be one of " + DIALER_OUTCOMES.stream().map(Enum::name)
                    .sorted().toList()));
        }
        if (d.startedAt() == null) {
            v.add(new Violation(prefix + "startedAt", "is required"));
        }
        if (d.durationSeconds() == null) {
            v.add(new Violation(prefix + "durationSeconds", "is required"));
        } else if (d.durationSeconds() < 0) {
            v.add(new Violation(prefix + "durationSeconds", "must not be negative"));
        }
    }

    static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equalsIgnoreCase(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void text(String value, String field, List<Violation> v) {
        if (value == null || value.isBlank()) {
            v.add(new Violation(field, "is required"));
        } else if (value.length() > MAX_ID) {
            v.add(new Violation(field, "must be at most " + MAX_ID + " characters"));
        }
    }
}
