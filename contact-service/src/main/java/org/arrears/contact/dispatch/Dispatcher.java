package org.arrears.contact.dispatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.arrears.contact.attempt.ContactAttempt;
import org.arrears.contact.compliance.ComplianceUnavailableException;
import org.arrears.contact.workitem.WorkItem;
import org.arrears.contact.workitem.WorkItemStatus;
import org.arrears.events.dialer.ContactRequested;
import org.arrears.platform.lock.ClusterLock;
import org.arrears.platform.outbox.Outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends contactable work items to the dialers: for each, the best destination compliance allows now becomes a
 * ContactRequested on {@code arrears.dialer.requests.v1}, through the outbox. One round at a time across
 * replicas (cluster lock), so no request goes out twice. Fail-closed: the moment compliance-service gives no
 * answer the round stops; the items already planned go out, the rest wait for a later round.
 * <p>
 * An item waits while a request is open (until its window closes or a disposition arrives), while compliance
 * said to wait ({@code nextContactAt}), and while it is paused, suspended or ended. A hold that lands during a
 * round makes the round's commit fail on the item's version, so nothing of that round goes out.
 */
@ApplicationScoped
public class Dispatcher {

    static final String LOCK = "contact-dispatch";
    private static final String CONTACTABLE = "from WorkItem w where w.status in ?1 "
            + "and (w.pausedUntil is null or w.pausedUntil < ?2) "
            + "and (w.nextContactAt is null or w.nextContactAt <= ?3) "
            + "and (w.openRequestId is null or w.openRequestUntil <= ?3) "
            + "order by w.queue, w.priority, w.createdAt, w.id";

    @Inject
    Clock clock;
    @Inject
    ClusterLock lock;
    @Inject
    Outbox outbox;
    @Inject
    ContactPlanner planner;

    private final Pacing pacing;
    private final int scanLimit;
    private final Counter requested;

    Dispatcher(DispatchConfig config, MeterRegistry registry) {
        this.pacing = Pacing.of(config);
        this.scanLimit = config.scanLimit();
        this.requested = Counter.builder("arrears.contact.requests.sent")
                .description("ContactRequested written for the dialers").register(registry);
    }

    @Scheduled(identity = "contact-dispatch", every = "${arrears.contact.dispatch.every:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            round();
        } catch (RuntimeException e) {
            // The next round starts from the state again; nothing half-sent stays behind (one transaction).
            Log.warnf("dispatch round failed and was rolled back: %s", e.toString());
        }
    }

    /** One round; returns the number of requests written, or -1 when another replica holds the round. */
    @Transactional
    public int round() {
        if (!lock.tryLock(LOCK)) {
            return -1;
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<WorkItem> candidates = WorkItem.<WorkItem>find(CONTACTABLE,
                List.of(WorkItemStatus.ACTIVE, WorkItemStatus.PAUSED), today, now).page(0, scanLimit).list();
        Map<String, Integer> sentPerQueue = new HashMap<>();
        int sent = 0;
        for (WorkItem item : candidates) {
            Pacing.Pace pace = pacing.of(item.queue);
            if (sentPerQueue.getOrDefault(item.queue, 0) >= pace.perRound()) {
                continue;
            }
            ContactPlan plan;
            try {
                plan = planner.plan(item.accountId, now, true);
            } catch (ComplianceUnavailableException e) {
                Log.warnf("dispatch round stopped: compliance-service unavailable; %d request(s) sent", sent);
                break;
            }
            if (request(item, plan, now, pace.retryAfter()).isPresent()) {
                sentPerQueue.merge(item.queue, 1, Integer::sum);
                sent++;
            }
        }
        if (sent > 0) {
            requested.increment(sent);
            Log.infof("dispatch round: %d contact request(s) sent", sent);
        }
        return sent;
    }

    private Optional<ContactRequested> request(WorkItem item, ContactPlan plan, Instant now, Duration retryAfter) {
        if (plan instanceof ContactPlan.Allowed allowed) {
            Optional<PermittedWindow> window = PermittedWindow.next(allowed.decision().timeZones(), now);
            if (window.isPresent()) {
                return Optional.of(send(item, allowed, window.get(), now));
            }
            item.nextContactAt = now.plus(retryAfter);
        } else if (plan instanceof ContactPlan.Denied denied && denied.retryAt() != null) {
            item.nextContactAt = denied.retryAt();
        } else {
            // No phone, unknown to compliance yet, or denied with no date to wait for: look again later.
            item.nextContactAt = now.plus(retryAfter);
        }
        return Optional.empty();
    }

    private ContactRequested send(WorkItem item, ContactPlan.Allowed allowed, PermittedWindow window, Instant now) {
        ContactRequest request = new ContactRequest();
        request.requestId = UUID.randomUUID();
        request.accountId = item.accountId;
        request.checkId = allowed.decision().checkId();
        request.channel = ContactPlanner.CALL;
        request.destination = allowed.destination().value();
        request.queue = item.queue;
        request.priority = item.priority;
        request.windowFrom = window.from();
        request.windowUntil = window.until();
        request.requestedAt = now;
        request.persist();
        item.openRequestId = request.requestId;
        item.openRequestUntil = window.until();
        ContactRequested event = new ContactRequested(item.accountId, request.requestId.toString(), request.channel,
                request.destination, allowed.destination().lineTypeOrUnknown(),
                allowed.decision().timeZones() == null ? List.of() : allowed.decision().timeZones(),
                window.from(), window.until(),
                ContactAttempt.outboundCallsSince(item.accountId, now.minus(Duration.ofDays(7))), item.priority,
                item.queue, allowed.autodialAllowed(), now);
        outbox.publish(event);
        return event;
    }
}
