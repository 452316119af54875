package org.arrears.platform.problem;

import java.util.List;
import java.util.Map;

/** Thrown by services to answer with a problem; mapped to the response by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException of(int status, String type, String title, String detail) {
        return new ProblemException(new Problem(type, title, status, detail, null, null, null));
    }

    /** A 404 that never tells whether the resource exists for someone else. */
    public static ProblemException notFound(String what, Object id) {
        return of(404, ProblemTypes.NOT_FOUND, "Not found", what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String type, String detail) {
        return of(409, type, "Conflict", detail);
    }

    /** 400 for one bad field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new Problem.Violation(field, message)));
    }

    public static ProblemException invalid(List<Problem.Violation> violations) {
        return new ProblemException(new Problem(ProblemTypes.VALIDATION, "Request is invalid", 400,
                violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                        : violations.size() + " fields are invalid",
                null, violations, null));
    }

    public static ProblemException withExtensions(int status, String type, String title, String detail,
            Map<String, Object> extensions) {
        return new ProblemException(new Problem(type, title, status, detail, null, null, extensions));
    }
}
