package org.arrears.skiptrace.provider.history;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.skiptrace.contactpoint.ContactPointReader;
import org.arrears.skiptrace.provider.ProviderAnswer;
import org.arrears.skiptrace.provider.SkiptraceProvider;
import org.arrears.skiptrace.provider.Subject;

/**
 * The platform's own history: every contact point known for the same debtor (matched by the keyed hash of the
 * national id) across accounts and creditors, with its outcomes. Free, so it goes first. Matching by name and
 * date of birth would need those in AccountPlaced, which the contract does not carry (see docs/skiptrace.md).
 */
@ApplicationScoped
public class HistoryProvider implements SkiptraceProvider {

    public static final String NAME = "history";

    @Inject
    ContactPointReader points;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<Finding> finds() {
        return EnumSet.of(Finding.PHONE, Finding.ADDRESS, Finding.EMAIL);
    }

    @Override
    public BigDecimal cost() {
        return BigDecimal.ZERO;
    }

    @Override
    public ProviderAnswer lookup(Subject subject) {
        return points.usable(subject.historyKey());
    }
}
