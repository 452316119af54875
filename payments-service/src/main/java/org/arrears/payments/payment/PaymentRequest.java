package org.arrears.payments.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A payment as a processor's webhook (or an agent taking cash or a check) reports it. {@code processorTxnId} is
 * the processor's id: a repeat of it never posts twice. {@code representmentOf} names the returned payment this
 * one presents again (R01/R09 only).
 */
public record PaymentRequest(
        @NotBlank @Size(max = 64) String accountId,
        @NotNull BigDecimal amount,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @NotNull PaymentMethod method,
        @NotBlank @Size(max = 128) String processorTxnId,
        @NotNull Instant receivedAt,
        UUID representmentOf) {
}
