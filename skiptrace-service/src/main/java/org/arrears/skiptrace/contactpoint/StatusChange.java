package org.arrears.skiptrace.contactpoint;

import jakarta.validation.constraints.NotNull;

/** POST …/contact-points/{id}/status: WRONG, REVOKED, REASSIGNED or CONFIRMED. */
public record StatusChange(@NotNull ContactPointStatus status) {
}
