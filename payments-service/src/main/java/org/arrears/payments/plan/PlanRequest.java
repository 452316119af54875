package org.arrears.payments.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A plan as an agent or a self-service front end asks for it. Which fields apply depends on {@code type}:
 * <ul>
 * <li>PROMISE: {@code amount} and {@code dueDate}.</li>
 * <li>INSTALLMENT: an explicit {@code schedule}, or {@code installmentAmount}, {@code count}, {@code frequency}
 * and {@code firstDueDate} to generate one.</li>
 * <li>SETTLEMENT: {@code settlementPercent} or {@code settlementAmount} of the current balance, paid at once on
 * {@code dueDate}, by an explicit {@code schedule}, or split over {@code count}, {@code frequency},
 * {@code firstDueDate}.</li>
 * </ul>
 */
public record PlanRequest(
        @NotBlank String accountId,
        @NotNull PlanType type,
        BigDecimal amount,
        LocalDate dueDate,
        List<@Valid @NotNull Due> schedule,
        BigDecimal installmentAmount,
        Integer count,
        Frequency frequency,
        LocalDate firstDueDate,
        BigDecimal settlementPercent,
        BigDecimal settlementAmount) {

    public record Due(@NotNull LocalDate dueDate, @NotNull BigDecimal amount) {
    }
}
