package org.arrears.compliance.rules;

import java.util.List;

/**
 * Autodialed or prerecorded calls and texts to a mobile number need the person's prior express consent, and a
 * revocation by any reasonable means ends it (47 USC 227(b)(1)(A)(iii)). A number whose line type is unknown is
 * treated as mobile. A consent or revocation recorded in the preferences overrides the contact point's flag.
 */
public final class TcpaConsentRule implements Rule {

    @Override
    public String code() {
        return "TCPA_CONSENT";
    }

    @Override
    public String citation() {
        return "47 USC 227(b)(1)(A)(iii)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        if (!check.autodialed() || !check.channel().isPhone()) {
            return List.of();
        }
        String number = check.destination();
        var phone = facts.phone(number);
        LineType line = phone.map(PhonePoint::lineType).orElse(LineType.UNKNOWN);
        if (!line.mayBeMobile()) {
            return List.of();
        }
        ContactPreferences prefs = facts.preferences();
        boolean consent = prefs.decided(ConsentType.AUTODIAL, number)
                ? prefs.hasConsent(ConsentType.AUTODIAL, number, check.at(), false)
                : phone.map(PhonePoint::autodialConsent).orElse(false);
        if (consent) {
            return List.of();
        }
        return List.of(violation("no prior express consent for autodialed or prerecorded contact to a "
                + (line == LineType.MOBILE ? "mobile" : "possibly mobile (line type unknown)") + " number", null));
    }
}
