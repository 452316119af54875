package org.arrears.compliance.rules;

import java.util.List;

/**
 * No contact at the person's workplace when the collector knows the employer forbids it (1006.6(b)(3)), and
 * never an email to an address the employer provided (1006.22(f)(3)). Workplace destinations are those the
 * preferences name; an email's source EMPLOYER marks it too.
 */
public final class WorkplaceRule implements Rule {

    static final String EMAIL_CITATION = "12 CFR 1006.22(f)(3)";

    @Override
    public String code() {
        return "WORKPLACE";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.6(b)(3)";
    }

    @Override
    public List<Violation> evaluate(ContactCheck check, DebtFacts facts) {
        ContactPreferences prefs = facts.preferences();
        String dest = check.destination();
        if (check.channel() == Channel.EMAIL && (prefs.isWorkplace(dest)
                || facts.email(dest).map(EmailPoint::employerProvided).orElse(false))) {
            return List.of(new Violation(code(), EMAIL_CITATION,
                    "the email address was provided by the person's employer", null));
        }
        if (prefs.workplaceContactForbidden() && prefs.isWorkplace(dest)) {
            return List.of(violation("the person's employer forbids contact at work", null));
        }
        return List.of();
    }
}
