package org.arrears.skiptrace.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** POST /v1/skiptrace-requests: which account to trace and why. */
public record NewSkiptraceRequest(@NotBlank String accountId, @NotNull SkiptraceReason reason) {
}
