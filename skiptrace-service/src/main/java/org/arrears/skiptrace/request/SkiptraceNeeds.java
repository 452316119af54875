package org.arrears.skiptrace.request;

import java.util.EnumSet;
import java.util.Set;

import org.arrears.events.account.AccountPlaced;

/** Decides whether a newly placed account needs a skip trace, and for which reasons. */
public final class SkiptraceNeeds {

    private SkiptraceNeeds() {
    }

    /** NO_PHONE when the placement carries no phone number at all; an entry with a blank number is no phone. */
    public static Set<SkiptraceReason> onPlacement(AccountPlaced placed) {
        Set<SkiptraceReason> reasons = EnumSet.noneOf(SkiptraceReason.class);
        boolean anyPhone = placed.phones() != null && placed.phones().stream()
                .anyMatch(p -> p != null && p.number() != null && !p.number().isBlank());
        if (!anyPhone) {
            reasons.add(SkiptraceReason.NO_PHONE);
        }
        return reasons;
    }
}
