package org.arrears.compliance.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the rules know about one debt when a check is made: where the person is, how they can be reached,
 * holds, preferences and the contact ledger. {@code timeZones} are the candidate zones for this check's
 * destination (every one must be inside the allowed window); {@code validationNoticeSentAt} is null until a
 * validation notice went out; {@code limitationDate} is the last day a suit may be brought, null when unknown.
 */
public record DebtFacts(
        String state,
        String postalCode,
        List<PhonePoint> phones,
        List<EmailPoint> emails,
        Set<HoldType> holds,
        boolean disputed,
        ContactPreferences preferences,
        List<LedgerEntry> ledger,
        List<ZoneId> timeZones,
        Instant validationNoticeSentAt,
        LocalDate limitationDate) {

    public DebtFacts {
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        holds = Set.copyOf(holds);
        preferences = preferences == null ? ContactPreferences.NONE : preferences;
        ledger = List.copyOf(ledger);
        timeZones = List.copyOf(timeZones);
        if (timeZones.isEmpty()) {
            throw new IllegalArgumentException("a check needs at least one candidate time zone");
        }
    }

    public Optional<PhonePoint> phone(String number) {
        return phones.stream().filter(p -> p.number().equals(number)).findFirst();
    }

    public Optional<EmailPoint> email(String address) {
        return emails.stream().filter(e -> e.address().equalsIgnoreCase(address)).findFirst();
    }

    public boolean holds(HoldType type) {
        return holds.contains(type);
    }

    public String jurisdictionState() {
        return state == null ? null : state.toUpperCase(Locale.ROOT);
    }

    public DebtFacts withLedger(List<LedgerEntry> entries) {
        return new DebtFacts(state, postalCode, phones, emails, holds, disputed, preferences, entries, timeZones,
                validationNoticeSentAt, limitationDate);
    }
}
