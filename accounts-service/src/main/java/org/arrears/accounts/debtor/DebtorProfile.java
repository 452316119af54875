package org.arrears.accounts.debtor;

import java.time.LocalDate;
import java.util.List;

/**
 * The debtor of one account as this service keeps it (the {@code account.debtor} JSON column): names, date of
 * birth and every contact point with where it came from, how much we trust it and whether it is still usable.
 * The national id is not here: only its keyed hash and last four live on the account.
 */
public record DebtorProfile(List<PersonName> names, LocalDate dateOfBirth, List<ContactAddress> addresses,
        List<ContactPhone> phones, List<ContactEmail> emails) {

    public static final String ACTIVE = "ACTIVE";

    public DebtorProfile {
        names = names == null ? List.of() : names;
        addresses = addresses == null ? List.of() : addresses;
        phones = phones == null ? List.of() : phones;
        emails = emails == null ? List.of() : emails;
    }

    public static DebtorProfile empty() {
        return new DebtorProfile(List.of(), null, List.of(), List.of(), List.of());
    }

    public DebtorProfile withContactPoints(List<ContactAddress> addresses, List<ContactPhone> phones,
            List<ContactEmail> emails) {
        return new DebtorProfile(names, dateOfBirth, addresses, phones, emails);
    }

    public record PersonName(String first, String middle, String last) {
    }

    /** {@code source}: CREDITOR, DEBTOR or SKIPTRACE; {@code confidence} 0..1; {@code status} ACTIVE, WRONG, ... */
    public record ContactAddress(String addressId, String line1, String line2, String city, String state,
            String postalCode, String country, String source, double confidence, String status) {
    }

    /** E.164 number; {@code type} MOBILE, LANDLINE or UNKNOWN. */
    public record ContactPhone(String number, String type, String source, boolean autodialConsent,
            double confidence, String status) {
    }

    public record ContactEmail(String address, String source, double confidence, String status) {
    }
}
