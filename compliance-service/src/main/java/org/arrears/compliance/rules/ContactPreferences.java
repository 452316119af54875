package org.arrears.compliance.rules;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the person (or their representative) told the collector about being contacted: inconvenient times,
 * media and destinations not to use, consents, a workplace that forbids contact, attorney representation and
 * the language to use.
 */
public record ContactPreferences(
        List<InconvenientTime> inconvenientTimes,
        Set<Channel> optedOutChannels,
        Set<String> optedOutDestinations,
        List<Consent> consents,
        boolean workplaceContactForbidden,
        Set<String> workplaceDestinations,
        boolean attorneyRepresented,
        String preferredLanguage) {

    public static final ContactPreferences NONE = new ContactPreferences(List.of(), Set.of(), Set.of(), List.of(),
            false, Set.of(), false, null);

    public ContactPreferences {
        inconvenientTimes = List.copyOf(inconvenientTimes);
        optedOutChannels = Set.copyOf(optedOutChannels);
        optedOutDestinations = lower(optedOutDestinations);
        consents = List.copyOf(consents);
        workplaceDestinations = lower(workplaceDestinations);
    }

    public boolean isWorkplace(String destination) {
        return workplaceDestinations.contains(destination.toLowerCase(java.util.Locale.ROOT));
    }

    public boolean optedOut(Channel channel, String destination) {
        return optedOutChannels.contains(channel)
                || optedOutDestinations.contains(destination.toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a consent of the type covering the destination is in force at {@code t} (written ones only if asked). */
    public boolean hasConsent(ConsentType type, String destination, Instant t, boolean writtenOnly) {
        return consents.stream().anyMatch(c -> c.type() == type && c.covers(destination) && c.inForceAt(t)
                && (!writtenOnly || c.written()));
    }

    /** Whether the person ever recorded a consent decision of this type for the destination (granted or revoked). */
    public boolean decided(ConsentType type, String destination) {
        return consents.stream().anyMatch(c -> c.type() == type && c.covers(destination));
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
