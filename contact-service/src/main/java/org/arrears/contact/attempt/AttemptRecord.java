package org.arrears.contact.attempt;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agent's record of a manual call, an inbound call, an email, a text or a letter. */
@Schema(description = "A contact attempt an agent records")
public record AttemptRecord(
        @Schema(required = true) String accountId,
        @Schema(required = true, enumeration = { "CALL", "SMS", "EMAIL", "LETTER", "VOICEMAIL" }) String channel,
        @Schema(required = true, enumeration = { "OUTBOUND", "INBOUND" },
                description = "INBOUND: the debtor contacted us; recorded, never counted as an outbound attempt")
        String direction,
        @Schema(description = "E.164 number, email address or address id") String destination,
        @Schema(required = true) String outcome,
        @Schema(required = true) Instant startedAt,
        @Schema(minimum = "0", description = "Seconds; 0 for letters, emails and texts") Integer durationSeconds,
        @Schema(description = "The compliance check (record=true) that allowed an outbound attempt; required for "
                + "OUTBOUND") String checkId) {
}
