package org.arrears.payments.remittance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.security.CreditorScope;
import org.arrears.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/remittances")
@Tag(name = "Remittance")
public class RemittanceResource {

    static final String CSV = "text/csv";
    /** A statement covers at most a year; longer periods are several statements. */
    static final long MAX_DAYS = 366;

    @Inject
    RemittanceService remittances;
    @Inject
    CreditorScope scope;

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @RolesAllowed({ Roles.OPS, Roles.CREDITOR })
    @Operation(summary = "A creditor's remittance statement", description = "Whole UTC days from..to inclusive: "
            + "gross collected, reversals, contingency fee, net to remit, one line per payment and per reversal. "
            + "format=csv for CSV. A creditor reads only its own (creditorId may be left out); another creditor's "
            + "is a 404.")
    public Response get(@QueryParam("creditorId") String creditorId, @QueryParam("from") String fromParam,
            @QueryParam("to") String toParam, @QueryParam("format") String format) {
        String creditor = creditorId == null || creditorId.isBlank() ? scope.restriction().orElse(null) : creditorId;
        if (creditor == null) {
            throw ProblemException.invalid("creditorId", "must not be blank");
        }
        scope.requireVisible(creditor, "Remittance of creditor", creditor);
        LocalDate from = date("from", fromParam);
        LocalDate to = date("to", toParam);
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ProblemException.invalid("to", "a statement covers at most " + MAX_DAYS + " days");
        }
        if (format != null && !format.equals("csv") && !format.equals("json")) {
            throw ProblemException.invalid("format", "must be json or csv");
        }
        RemittanceStatement s = remittances.statement(creditor, from, to);
        if ("csv".equals(format)) {
            return Response.ok(RemittanceCsv.write(s), CSV + "; charset=utf-8").header("Content-Disposition",
                    "attachment; filename=\"remittance-" + from + "-" + to + ".csv\"").build();
        }
        return Response.ok(s, MediaType.APPLICATION_JSON).build();
    }

    private static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date like 2026-01-31");
        }
    }
}
