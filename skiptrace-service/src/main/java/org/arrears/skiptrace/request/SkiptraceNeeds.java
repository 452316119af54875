package org.arrears.skiptrace.request;

import java.util.List;
import java.util.Optional;

import org.arrears.events.account.AccountPlaced;
import org.arrears.skiptrace.normalise.PhoneNormaliser;

/** Decides whether an account needs a skip trace, and why. One lookup searches for everything anyway. */
public final class SkiptraceNeeds {

    private SkiptraceNeeds() {
    }

    /**
     * NO_PHONE when the placement carries no usable phone (blank or not a valid number), else NO_ADDRESS when it
     * has no postal code, else nothing.
     */
    public static Optional<SkiptraceReason> onPlacement(AccountPlaced placed) {
        List<AccountPlaced.Phone> phones = placed.phones() == null ? List.of() : placed.phones();
        boolean anyPhone = phones.stream().anyMatch(p -> p != null && PhoneNormaliser.usable(p.number()));
        if (!anyPhone) {
            return Optional.of(SkiptraceReason.NO_PHONE);
        }
        if (placed.postalCode() == null || placed.postalCode().isBlank()) {
            return Optional.of(SkiptraceReason.NO_ADDRESS);
        }
        return Optional.empty();
    }

    /** The reason a contact outcome calls for a new trace, if it does. */
    public static Optional<SkiptraceReason> onOutcome(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "WRONG_NUMBER" -> Optional.of(SkiptraceReason.WRONG_NUMBER);
            case "DISCONNECTED" -> Optional.of(SkiptraceReason.DISCONNECTED);
            case "RETURNED" -> Optional.of(SkiptraceReason.RETURNED_MAIL);
            default -> Optional.empty();
        };
    }
}
