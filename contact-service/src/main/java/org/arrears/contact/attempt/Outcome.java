package org.arrears.contact.attempt;

import java.util.Arrays;
import java.util.Optional;

/**
 * What came of an attempt, as ContactAttempted's contract spells it. {@code rightParty}: the debtor in person
 * was reached and the debt came up, so a RightPartyContacted goes out beside the attempt. {@code badDestination}:
 * the destination must not be used again (skiptrace-service looks for another). {@code connected}: someone
 * answered; unanswered attempts count against a number when ranking destinations.
 */
public enum Outcome {
    NO_ANSWER(false, false, false),
    BUSY(false, false, false),
    VOICEMAIL_LIMITED_CONTENT(false, false, false),
    WRONG_NUMBER(false, true, true),
    DISCONNECTED(false, true, false),
    RIGHT_PARTY_CONTACT(true, false, true),
    THIRD_PARTY(false, false, true),
    REFUSED_TO_PAY(true, false, true),
    PROMISE_TO_PAY(true, false, true),
    CALLBACK_REQUESTED(true, false, true),
    /** compliance-service turns the ContactAttempted into a CEASE hold. */
    CEASE_REQUESTED(true, false, true),
    /** compliance-service turns the ContactAttempted into a DISPUTE hold. */
    DISPUTE_RAISED(true, false, true),
    DELIVERED(false, false, false),
    RETURNED(false, true, false);

    public final boolean rightParty;
    public final boolean badDestination;
    public final boolean connected;

    Outcome(boolean rightParty, boolean badDestination, boolean connected) {
        this.rightParty = rightParty;
        this.badDestination = badDestination;
        this.connected = connected;
    }

    public static Optional<Outcome> parse(String value) {
        return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
    }
}
