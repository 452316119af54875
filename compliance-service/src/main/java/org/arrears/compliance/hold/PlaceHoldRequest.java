package org.arrears.compliance.hold;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.arrears.compliance.rules.HoldType;

/** Places a hold; {@code note} is short text for people and never personal data (it travels in the event). */
public record PlaceHoldRequest(@NotBlank String accountId, @NotNull HoldType type, @Size(max = 500) String note) {
}
