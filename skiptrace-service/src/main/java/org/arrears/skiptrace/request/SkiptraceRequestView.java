package org.arrears.skiptrace.request;

import java.time.Instant;
import java.util.List;

import org.arrears.events.skiptrace.SkiptraceCompleted;
import org.arrears.skiptrace.lookup.ProviderOutcome;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A skip-trace request as the API shows it; {@code providers} and {@code result} once it completed. Contact
 * points carry provider names as sources, never the accounts or creditors they were first seen on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SkiptraceRequestView(String id, String accountId, SkiptraceReason reason, SkiptraceStatus status,
        Instant requestedAt, Instant completedAt, List<ProviderOutcome> providers, Result result) {

    /** The ranked points, as in SkiptraceCompleted. */
    public record Result(List<SkiptraceCompleted.Phone> phones, List<SkiptraceCompleted.Address> addresses,
            List<SkiptraceCompleted.Email> emails) {
    }
}
