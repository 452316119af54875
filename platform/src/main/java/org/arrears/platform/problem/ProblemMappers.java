package org.arrears.platform.problem;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.arrears.platform.failure.Failures;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.logging.Log;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Every error leaves as an RFC 9457 problem: client mistakes as 4xx naming the field, outages as 503 with
 * Retry-After, anything else as a 500 that carries an error id for the logs and never a stack trace.
 */
public class ProblemMappers {

    @Inject
    ProblemResponses responses;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.problem(), request);
    }

    @ServerExceptionMapper
    public Response violations(ResteasyReactiveViolationException e, HttpServerRequest request) {
        return constraintViolations(e, request);
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(v -> {
            for (var node : v.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
            return false;
        });
        if (returnValue) {
            return internal(e, request);
        }
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(FieldPaths.of(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return respond(ProblemException.invalid(violations).problem(), request);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpServerRequest request) {
        var loc = e.getLocation();
        String where = loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr();
        return respond(new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed JSON", 400,
                "The body is not valid JSON" + where + ": " + e.getOriginalMessage(), null, null, null), request);
    }

    @ServerExceptionMapper
    public Response wrongType(InvalidFormatException e, HttpServerRequest request) {
        String expected = e.getTargetType() == null ? "another type" : describe(e.getTargetType());
        // The rejected value is not echoed: it may be personal data (a date of birth, a national id).
        return field(FieldPaths.of(e.getPath()), "expected " + expected, request);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        return field(FieldPaths.of(e.getPath()), "is not a known field", request);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        String expected = e.getTargetType() == null ? "a different value" : describe(e.getTargetType());
        return field(FieldPaths.of(e.getPath()), "expected " + expected, request);
    }

    @ServerExceptionMapper
    public Response notConstructible(ValueInstantiationException e, HttpServerRequest request) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        return field(FieldPaths.of(e.getPath()), cause.getMessage(), request);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpServerRequest request) {
        return field(FieldPaths.of(e.getPath()), e.getOriginalMessage(), request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        return respond(new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed JSON", 400, e.getOriginalMessage(),
                null, null, null), request);
    }

    private Response fromJackson(JsonProcessingException e, HttpServerRequest request) {
        if (e instanceof JsonParseException parse) {
            return malformedJson(parse, request);
        }
        if (e instanceof InvalidFormatException format) {
            return wrongType(format, request);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, request);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatched(mismatched, request);
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return notConstructible(instantiation, request);
        }
        if (e instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, request);
        }
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpServerRequest request) {
        return unauthenticated(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "Your role does not allow this operation", null, null, null), request);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        // The JSON reader wraps some Jackson failures (a truncated body, for one) in a plain 400.
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return fromJackson(json, request);
        }
        if (status >= 500) {
            return internal(e, request);
        }
        Response.StatusType info = e.getResponse().getStatusInfo();
        String title = info.getReasonPhrase() == null ? "HTTP " + status : info.getReasonPhrase();
        String type = switch (status) {
            case 401 -> ProblemTypes.UNAUTHORIZED;
            case 403 -> ProblemTypes.FORBIDDEN;
            case 404 -> ProblemTypes.NOT_FOUND;
            case 400 -> ProblemTypes.MALFORMED_REQUEST;
            default -> ProblemTypes.HTTP;
        };
        String detail = status == 404 ? "No resource at " + request.path() : e.getMessage();
        return respond(new Problem(type, title, status, detail, null, null, null), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (Failures.isConcurrentModification(e)) {
            return respond(new Problem(ProblemTypes.CONCURRENT_MODIFICATION, "Concurrent modification", 409,
                    "Someone else changed this resource at the same time; read it again and retry", null, null,
                    null), request);
        }
        if (Failures.isUniqueViolation(e)) {
            return respond(new Problem(ProblemTypes.CONFLICT, "Conflict", 409,
                    "This would duplicate something that already exists; read it instead of creating it again",
                    null, null, null), request);
        }
        if (Failures.isOutage(e)) {
            Log.warnf("request %s failed on an outage: %s", request.path(), e.toString());
            return responses.builder(new Problem(ProblemTypes.SERVICE_UNAVAILABLE, "Service unavailable", 503,
                    "A backing service is unreachable; nothing was changed. Retry shortly.", request.path(), null,
                    null)).header("Retry-After", "5").build();
        }
        return internal(e, request);
    }

    private Response internal(Throwable e, HttpServerRequest request) {
        String errorId = UUID.randomUUID().toString();
        Log.errorf(e, "unexpected error %s on %s %s", errorId, request.method(), request.path());
        return respond(new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "Something went wrong on our side; quote error id " + errorId + " when reporting it", null, null,
                java.util.Map.of("errorId", errorId)), request);
    }

    private Response unauthenticated(HttpServerRequest request) {
        return responses.builder(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                "A valid bearer token is required", request.path(), null, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private Response field(String field, String message, HttpServerRequest request) {
        return respond(ProblemException.invalid(field, message).problem(), request);
    }

    private Response respond(Problem problem, HttpServerRequest request) {
        return responses.response(problem.instance() == null ? problem.withInstance(request.path()) : problem);
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            StringBuilder sb = new StringBuilder("one of ");
            for (int i = 0; i < values.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(values[i]);
            }
            return sb.toString();
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal", "Double", "double", "Float", "float" -> "a decimal number";
            case "Integer", "int", "Long", "long", "Short", "short" -> "an integer";
            case "Boolean", "boolean" -> "true or false";
            case "LocalDate" -> "a date like 2026-01-31";
            case "Instant", "OffsetDateTime", "ZonedDateTime" -> "a timestamp like 2026-01-31T15:00:00Z";
            case "String" -> "a string";
            case "List", "Set", "Collection" -> "an array";
            default -> "an object";
        };
    }
}
