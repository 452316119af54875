package org.arrears.compliance.rules;

import java.time.Instant;
import java.util.Objects;

/**
 * One contact someone is about to make: how, where and when. The engine asks the same question again at later
 * times ({@link #at(Instant)}) to find when the contact becomes lawful.
 */
public record ContactCheck(Channel channel, String destination, Instant at, boolean autodialed, Purpose purpose) {

    public ContactCheck {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(destination, "destination");
        Objects.requireNonNull(at, "at");
        purpose = purpose == null ? Purpose.COLLECTION : purpose;
    }

    public ContactCheck at(Instant other) {
        return new ContactCheck(channel, destination, other, autodialed, purpose);
    }
}
