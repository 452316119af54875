package org.arrears.payments.plan;

import jakarta.validation.constraints.NotNull;

/** Why a plan is cancelled by hand; the other reasons of PaymentPlanCancelled come from events. */
public record CancelRequest(@NotNull Reason reason) {

    public enum Reason {
        DEBTOR_REQUEST, ENTERED_IN_ERROR
    }
}
