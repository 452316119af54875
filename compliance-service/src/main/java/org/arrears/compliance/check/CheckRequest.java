package org.arrears.compliance.check;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.arrears.compliance.rules.Channel;
import org.arrears.compliance.rules.Purpose;
import org.arrears.platform.problem.Problem;

/**
 * A pre-contact check as a dialer, contact-service or an agent asks it. {@code at} defaults to now (when the
 * contact would happen); {@code autodialed} (a dialer or a prerecorded message) and {@code record} (count it now
 * if allowed: a dialer about to dial) default to false; {@code purpose} defaults to COLLECTION.
 */
public record CheckRequest(String accountId, Channel channel, String destination, Instant at, Boolean autodialed,
        Boolean record, Purpose purpose) {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public List<Problem.Violation> violations() {
        List<Problem.Violation> v = new ArrayList<>();
        if (accountId == null || accountId.isBlank()) {
            v.add(new Problem.Violation("accountId", "must not be blank"));
        }
        if (channel == null) {
            v.add(new Problem.Violation("channel", "must be one of CALL, SMS, EMAIL, LETTER, VOICEMAIL"));
        }
        if (destination == null || destination.isBlank()) {
            v.add(new Problem.Violation("destination", "must not be blank"));
        } else if (channel != null && channel.isPhone() && !E164.matcher(destination).matches()) {
            v.add(new Problem.Violation("destination", "must be an E.164 phone number such as +16175550123"));
        } else if (channel == Channel.EMAIL && !EMAIL.matcher(destination).matches()) {
            v.add(new Problem.Violation("destination", "must be an email address"));
        } else if (destination.length() > 320) {
            v.add(new Problem.Violation("destination", "must be at most 320 characters"));
        }
        return v;
    }

    public boolean autodialedOrFalse() {
        return Boolean.TRUE.equals(autodialed);
    }

    public boolean recordOrFalse() {
        return Boolean.TRUE.equals(record);
    }

    /** The destination as the ledger keeps it: email addresses lowercased. */
    public String normalisedDestination() {
        return channel == Channel.EMAIL ? destination.toLowerCase(java.util.Locale.ROOT) : destination;
    }
}
