package org.arrears.skiptrace.provider;

import java.time.LocalDate;
import java.util.List;

/**
 * A provider's answer, raw as it reported it (normalisation comes later, in one place). Confidences are 0..1
 * as the provider rates its own candidate; {@code lastVerified} is null when it does not say.
 */
public record ProviderAnswer(List<PhoneCandidate> phones, List<AddressCandidate> addresses,
        List<EmailCandidate> emails, Deceased deceased, List<Bankruptcy> bankruptcies, Military military) {

    public ProviderAnswer {
        phones = phones == null ? List.of() : List.copyOf(phones);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
        emails = emails == null ? List.of() : List.copyOf(emails);
        bankruptcies = bankruptcies == null ? List.of() : List.copyOf(bankruptcies);
    }

    public static ProviderAnswer nothing() {
        return new ProviderAnswer(List.of(), List.of(), List.of(), null, List.of(), null);
    }

    public record PhoneCandidate(String number, String type, double confidence, LocalDate lastVerified) {
    }

    public record AddressCandidate(String line1, String line2, String city, String state, String postalCode,
            String country, double confidence, LocalDate lastVerified) {
    }

    public record EmailCandidate(String address, double confidence, LocalDate lastVerified) {
    }

    /** The debtor is reported dead; the date may be unknown. */
    public record Deceased(LocalDate dateOfDeath) {
    }

    /** A bankruptcy case; {@code status} OPEN, DISCHARGED, DISMISSED or CLOSED. */
    public record Bankruptcy(int chapter, String caseNumber, String court, LocalDate filedDate, String status) {
    }

    /** Military status from an SCRA check: active duty or not, since when if known. */
    public record Military(boolean activeDuty, LocalDate since) {
    }
}
