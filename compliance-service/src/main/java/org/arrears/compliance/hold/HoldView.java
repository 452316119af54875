package org.arrears.compliance.hold;

import java.time.Instant;
import java.util.UUID;

import org.arrears.compliance.rules.HoldType;

/** A hold as the API shows it. */
public record HoldView(UUID holdId, String accountId, HoldType type, String note, String placedBy, Instant placedAt,
        Instant releasedAt, String releasedBy, String releaseReason, Boolean verificationSent) {

    static HoldView of(ComplianceHold h) {
        return new HoldView(h.holdId, h.accountId, h.type, h.note, h.placedBy, h.placedAt, h.releasedAt,
                h.releasedBy, h.releaseReason, h.verificationSent);
    }
}
