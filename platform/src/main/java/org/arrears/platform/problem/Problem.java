package org.arrears.platform.problem;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details document. {@code type} is a stable URI per kind of problem (see
 * {@link ProblemTypes}); {@code violations} names each bad field; {@code extensions} carries members specific
 * to a problem type (for example the reasons of a denied compliance check).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field of the request and what is wrong with it; {@code field} uses dots and [index]. */
    public record Violation(String field, String message) {
    }

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    @JsonAnyGetter
    Map<String, Object> extensionMembers() {
        return extensions;
    }

    public Problem withInstance(String path) {
        return new Problem(type, title, status, detail, path, violations, extensions);
    }
}
