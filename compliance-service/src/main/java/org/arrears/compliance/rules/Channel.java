package org.arrears.compliance.rules;

/** How a contact reaches the person. */
public enum Channel {
    CALL, SMS, EMAIL, LETTER, VOICEMAIL;

    /** A telephone call in Reg F's sense (1006.14(b)): a voicemail is left by placing a call; a text is not a call. */
    public boolean isTelephoneCall() {
        return this == CALL || this == VOICEMAIL;
    }

    /** Reaches a phone number: a call in the TCPA's sense (47 USC 227(b)) includes a text message. */
    public boolean isPhone() {
        return this == CALL || this == VOICEMAIL || this == SMS;
    }

    /** Arrives when it is sent, so the time of day matters (1006.6(b)(1)(i)); a letter does not. */
    public boolean isImmediate() {
        return this != LETTER;
    }
}
