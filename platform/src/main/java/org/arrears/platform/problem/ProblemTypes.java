package org.arrears.platform.problem;

/**
 * The stable {@code type} URIs of Arrears problems. Clients branch on these, never on titles or details;
 * docs/problems.md describes each.
 */
public final class ProblemTypes {

    public static final String BASE = "https://arrears.org/problems/";

    public static final String VALIDATION = BASE + "validation";
    public static final String MALFORMED_REQUEST = BASE + "malformed-request";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String CONFLICT = BASE + "conflict";
    public static final String CONCURRENT_MODIFICATION = BASE + "concurrent-modification";
    public static final String IDEMPOTENCY_KEY_REUSED = BASE + "idempotency-key-reused";
    public static final String IDEMPOTENCY_KEY_IN_PROGRESS = BASE + "idempotency-key-in-progress";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String HTTP = BASE + "http";
    public static final String SERVICE_UNAVAILABLE = BASE + "service-unavailable";
    public static final String INTERNAL = BASE + "internal";

    private ProblemTypes() {
    }

    /** A type specific to one service's domain, e.g. {@code of("plan-not-allowed")}. */
    public static String of(String slug) {
        return BASE + slug;
    }
}
