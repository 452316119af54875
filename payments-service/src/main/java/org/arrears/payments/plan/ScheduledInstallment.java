package org.arrears.payments.plan;

import java.time.LocalDate;

import org.arrears.platform.money.Money;

/** One due amount of a schedule; {@code seq} counts from 1. */
public record ScheduledInstallment(int seq, LocalDate dueDate, Money amount) {
}
