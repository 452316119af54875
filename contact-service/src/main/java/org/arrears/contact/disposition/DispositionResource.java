package org.arrears.contact.disposition;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/dispositions")
@Tag(name = "Dispositions")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DispositionResource {

    @Inject
    DispositionService dispositions;

    @POST
    @RolesAllowed(Roles.DIALER)
    @Operation(summary = "Report dispositions", description = "A batch of up to 1000 dispositions. Each becomes "
            + "one ContactAttempted (and a RightPartyContacted for a conversation), once per callId: a repeated "
            + "callId is answered DUPLICATE with the attempt recorded the first time. A bad field refuses the "
            + "batch from that disposition on (400 naming dispositions[i].field); earlier ones stay recorded, "
            + "so resend the whole batch after fixing it.")
    public List<DispositionResult> report(DispositionBatch batch) {
        return dispositions.recordAll(batch);
    }
}
