package org.arrears.contact.disposition;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One dialer disposition, over HTTP; the same fields as the DispositionReported event on
 * {@code arrears.dialer.dispositions.v1}.
 */
@Schema(description = "What came of one call placed on a ContactRequested")
public record Disposition(
        @Schema(required = true) String accountId,
        @Schema(description = "The ContactRequested's requestId") String requestId,
        @Schema(required = true, description = "The dialer's own call id; a repeat with the same id records nothing")
        String callId,
        @Schema(description = "The checkId of the pre-dial check (record=true) the dialer obtained") String checkId,
        @Schema(required = true, description = "E.164 number dialled") String destination,
        @Schema(required = true, enumeration = { "NO_ANSWER", "BUSY", "VOICEMAIL_LIMITED_CONTENT", "WRONG_NUMBER",
                "DISCONNECTED", "RIGHT_PARTY_CONTACT", "THIRD_PARTY", "REFUSED_TO_PAY", "PROMISE_TO_PAY",
                "CALLBACK_REQUESTED", "CEASE_REQUESTED", "DISPUTE_RAISED" }) String outcome,
        @Schema(required = true) Instant startedAt,
        @Schema(required = true, minimum = "0") Integer durationSeconds,
        @Schema(description = "The agent's id; null when no agent took the call") String agent) {
}
