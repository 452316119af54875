package org.arrears.compliance.hold;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Releases a hold with the reason for the audit trail. For a DISPUTE hold, {@code verificationSent} true also
 * clears the debt's disputed mark (1006.38(d)(2)); without it the debt stays disputed and checks stay denied.
 */
public record ReleaseHoldRequest(@NotBlank @Size(max = 500) String reason, Boolean verificationSent) {
}
