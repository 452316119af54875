package org.arrears.contact.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.arrears.contact.attempt.ContactAttempt;
import org.arrears.contact.dispatch.ContactPlan;
import org.arrears.contact.dispatch.ContactPlanner;
import org.arrears.contact.workitem.WorkItem;
import org.arrears.contact.workitem.WorkItemStatus;

/** The work queues, as the work items in them make them up. */
@ApplicationScoped
public class QueueService {

    /** How many candidates one next-items call may check with compliance, per item asked for. */
    static final int CANDIDATES_PER_ITEM = 5;
    private static final String BY_STATUS = "select w.queue, w.status, count(w), min(w.createdAt) from WorkItem w "
            + "where w.status <> :ended group by w.queue, w.status order by w.queue";
    private static final String CONTACTABLE = "from WorkItem w where w.queue = ?1 and w.status in ?2 "
            + "and (w.pausedUntil is null or w.pausedUntil < ?3) "
            + "and (w.openRequestId is null or w.openRequestUntil <= ?4) "
            + "order by w.priority, w.createdAt, w.id";

    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ContactPlanner planner;

    /** Every queue with at least one item not ended, by name. */
    public List<QueueSummary> summaries() {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        Map<String, Instant> oldestActive = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(BY_STATUS, Object[].class).setParameter("ended", WorkItemStatus.ENDED)
                .getResultList()) {
            String queue = (String) row[0];
            WorkItemStatus status = (WorkItemStatus) row[1];
            counts.computeIfAbsent(queue, q -> new TreeMap<>()).put(status.name(), (Long) row[2]);
            if (status == WorkItemStatus.ACTIVE) {
                oldestActive.put(queue, (Instant) row[3]);
            }
        }
        List<QueueSummary> summaries = new ArrayList<>();
        counts.forEach((queue, byStatus) -> summaries.add(new QueueSummary(queue,
                byStatus.getOrDefault(WorkItemStatus.ACTIVE.name(), 0L), oldestActive.get(queue), byStatus)));
        return summaries;
    }

    /**
     * The next items of the queue an agent may call now, by priority (lower first) then age: only items not
     * paused, suspended or ended, without a request the dialers hold, and for which compliance allows a call
     * to one of the debtor's destinations now, the best allowed destination named.
     *
     * @throws org.arrears.contact.compliance.ComplianceUnavailableException when compliance does not answer
     */
    public List<NextItem> next(String queue, int limit) {
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<WorkItem> candidates = WorkItem.<WorkItem>find(CONTACTABLE, queue,
                List.of(WorkItemStatus.ACTIVE, WorkItemStatus.PAUSED), today, now)
                .page(0, limit * CANDIDATES_PER_ITEM).list();
        List<NextItem> next = new ArrayList<>();
        for (WorkItem item : candidates) {
            if (next.size() == limit) {
                break;
            }
            if (planner.plan(item.accountId, now, false) instanceof ContactPlan.Allowed allowed) {
                next.add(new NextItem(item.accountId, item.id.toString(), item.queue, item.priority,
                        allowed.destination().value(), allowed.destination().lineTypeOrUnknown(),
                        allowed.decision().timeZones() == null ? List.of() : allowed.decision().timeZones(),
                        allowed.decision().checkId(),
                        ContactAttempt.outboundCallsSince(item.accountId, now.minus(Duration.ofDays(7))), now));
            }
        }
        return next;
    }
}
