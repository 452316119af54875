package org.arrears.compliance.jurisdiction;

import java.util.Set;

import org.arrears.compliance.rules.Channel;

/**
 * At most {@code max} collector-initiated contacts by {@code channels} to {@code destinations} in any
 * {@code days} consecutive days, per debt; {@code description} says it in words for the decision's message.
 */
public record ContactLimit(Set<Channel> channels, int max, int days, DestinationScope destinations,
        String citation, String description) {

    public ContactLimit {
        destinations = destinations == null ? DestinationScope.ALL : destinations;
    }
}
