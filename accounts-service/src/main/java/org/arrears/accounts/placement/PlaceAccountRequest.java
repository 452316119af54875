package org.arrears.accounts.account;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One account as a creditor places it. Amounts are strings in JSON ("1250.00"). */
public record PlaceAccountRequest(
        @NotBlank @Size(max = 64) String creditorRef,
        @NotBlank @Size(max = 40) String accountType,
        @NotNull @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD") String currency,
        @NotNull @Valid Balances balances,
        LocalDate chargeOffDate,
        @NotNull LocalDate firstDelinquencyDate,
        @Valid Debtor debtor) {

    public record Balances(
            @NotNull @DecimalMin("0.00") BigDecimal principal,
            @DecimalMin("0.00") BigDecimal interest,
            @DecimalMin("0.00") BigDecimal fees,
            @DecimalMin("0.00") BigDecimal costs) {
    }

    public record Debtor(
            @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter US state code") String state,
            @Pattern(regexp = "\\d{5}(-\\d{4})?", message = "must be a ZIP code such as 02134 or 02134-1234") String postalCode) {
    }
}
