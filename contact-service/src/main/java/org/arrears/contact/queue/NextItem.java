package org.arrears.contact.queue;

import java.time.Instant;
import java.util.List;

/**
 * A work item an agent may call now: compliance allowed {@code destination} at {@code checkedAt} (a planning
 * check; the agent's dialling tool records its own check right before the call).
 */
public record NextItem(String accountId, String workItemId, String queue, int priority, String destination,
        String lineType, List<String> timeZones, String checkId, int attemptsInLast7Days, Instant checkedAt) {
}
