package org.arrears.contact.notice;

import java.net.URI;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/accounts/{accountId}/validation-notice")
@Tag(name = "Validation notices")
public class NoticeResource {

    static final String PDF = "application/pdf";
    private static final Set<String> CHANNELS = Set.of("LETTER", "EMAIL");

    @Inject
    NoticeService notices;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.OPS })
    @Operation(summary = "Produce the validation notice", description = "Builds the Reg F model validation notice "
            + "(itemization date and amounts, dispute-by date = 5 business days for receipt + 30 days, the creditor) "
            + "as JSON and PDF, stores it and emits NoticeSent. 201 the first time; 200 with the same notice after "
            + "(one notice per debt). 409 notice-unavailable when the placement has not reached this service.")
    public Response produce(@PathParam("accountId") String accountId, NoticeRequest request) {
        String channel = request == null || request.channel() == null ? "LETTER" : request.channel();
        if (!CHANNELS.contains(channel)) {
            throw ProblemException.invalid("channel", "must be LETTER or EMAIL");
        }
        NoticeService.Produced produced = notices.produce(accountId, channel);
        NoticeContent content = notices.content(produced.notice());
        return (produced.created()
                ? Response.created(URI.create("/v1/accounts/" + accountId + "/validation-notice"))
                : Response.ok()).entity(content).type(MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.COMPLIANCE })
    @Operation(summary = "The validation notice's content", description = "Ask with Accept: application/pdf for the "
            + "PDF as sent.")
    public NoticeContent content(@PathParam("accountId") String accountId) {
        return notices.content(find(accountId));
    }

    @GET
    @Produces(PDF)
    @RolesAllowed({ Roles.AGENT, Roles.OPS, Roles.COMPLIANCE })
    public Response pdf(@PathParam("accountId") String accountId) {
        ValidationNotice notice = find(accountId);
        return Response.ok(notice.pdf, PDF)
                .header("Content-Disposition", "inline; filename=\"validation-notice-" + notice.noticeId + ".pdf\"")
                .build();
    }

    private static ValidationNotice find(String accountId) {
        return ValidationNotice.ofAccount(accountId)
                .orElseThrow(() -> ProblemException.notFound("Validation notice of account", accountId));
    }
}
