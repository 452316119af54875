package org.arrears.contact.queue;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/queues")
@Tag(name = "Work queues")
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject
    QueueService queues;

    @GET
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "List the work queues", description = "Each queue with active work items: how many, and "
            + "when the oldest was created. Ordered by queue name.")
    public List<QueueSummary> list() {
        return queues.summaries();
    }
}
