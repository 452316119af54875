package org.arrears.contact.queue;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.arrears.contact.workitem.WorkItemStatus;

/** The work queues, as the active work items in them make them up. */
@ApplicationScoped
public class QueueService {

    private static final String SUMMARIES = "select new org.arrears.contact.queue.QueueSummary("
            + "w.queue, count(w), min(w.createdAt)) from WorkItem w where w.status = :status "
            + "group by w.queue order by w.queue";

    @Inject
    EntityManager em;

    /** Every queue with at least one active item, by name. */
    public List<QueueSummary> summaries() {
        return em.createQuery(SUMMARIES, QueueSummary.class).setParameter("status", WorkItemStatus.ACTIVE)
                .getResultList();
    }
}
