package org.arrears.skiptrace.request;

import java.time.Instant;

/** A skip-trace request as the API shows it. */
public record SkiptraceRequestView(String id, String accountId, SkiptraceReason reason, SkiptraceStatus status,
        Instant requestedAt) {

    static SkiptraceRequestView of(SkiptraceRequest r) {
        return new SkiptraceRequestView(r.id.toString(), r.accountId, r.reason, r.status, r.requestedAt);
    }
}
