package org.arrears.compliance.ledger;

import java.util.Set;

import org.arrears.compliance.rules.Channel;

/**
 * Which reported outcomes mean the person was reached by telephone and the debt discussed: such a conversation
 * starts the 7-day quiet period of 1006.14(b)(2)(i)(B).
 */
public final class ContactOutcomes {

    private static final Set<String> CONVERSATION = Set.of("RIGHT_PARTY_CONTACT", "PROMISE_TO_PAY",
            "REFUSED_TO_PAY", "CALLBACK_REQUESTED", "CEASE_REQUESTED", "DISPUTE_RAISED");

    private ContactOutcomes() {
    }

    public static boolean isConversation(Channel channel, String outcome) {
        return channel.isTelephoneCall() && outcome != null && CONVERSATION.contains(outcome);
    }
}
