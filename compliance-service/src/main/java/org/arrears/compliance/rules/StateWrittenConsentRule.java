package org.arrears.compliance.rules;

import java.util.List;

import org.arrears.compliance.jurisdiction.Jurisdiction;

/**
 * Media a city or state allows only with the person's written consent (New York City: email and text). The
 * consent must be recorded in the preferences as written and be in force for the destination.
 */
public final class StateWrittenConsentRule implements Rule {

    private final Jurisdiction jurisdiction;

    public StateWrittenConsentRule(Jurisdiction jurisdiction) {
        this.jurisdiction = jurisdiction;
    }

    @Override
    public String code() {
        return jurisdiction.reasonCode();
    }

    @Override
    public String citation() {
        return jurisdiction.citation();
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        Channel channel = check.channel();
        if (!jurisdiction.writtenConsentChannels().contains(channel)) {
            return List.of();
        }
        ConsentType type = channel == Channel.EMAIL ? ConsentType.EMAIL : ConsentType.SMS;
        if (facts.preferences().hasConsent(type, check.destination(), check.at(), true)) {
            return List.of();
        }
        return List.of(violation(jurisdiction.name() + ": " + channel + " needs the person's written consent",
                null));
    }
}
