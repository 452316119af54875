package org.arrears.contact.compliance;

import java.time.Instant;

/**
 * The body of compliance-service's {@code POST /v1/checks}. The dispatcher asks with {@code record=false}: it
 * only plans a contact; the dialer records its own check right before dialling.
 */
public record CheckRequest(String accountId, String channel, String destination, Instant at, boolean autodialed,
        boolean record) {
}
