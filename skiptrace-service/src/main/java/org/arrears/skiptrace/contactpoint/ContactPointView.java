package org.arrears.skiptrace.contactpoint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.arrears.skiptrace.normalise.NormalAddress;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A debtor's contact point as agents see it: {@code value} is the E.164 number, the email or the address on one
 * line; {@code sources} name origins and providers, never the accounts or creditors behind them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContactPointView(String id, PointKind kind, String value, String type, List<String> timeZones,
        NormalAddress address, ContactPointStatus status, double confidence, double score, LocalDate lastVerified,
        List<String> sources, Instant statusChangedAt, String statusChangedBy) {
}
