package org.arrears.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** The five services of the local stack: their Maven module, database and default HTTP port. */
public enum ArrearsService {

    ACCOUNTS("accounts-service", "accounts", 8081),
    CONTACT("contact-service", "contact", 8082),
    PAYMENTS("payments-service", "payments", 8083),
    SKIPTRACE("skiptrace-service", "skiptrace", 8084),
    COMPLIANCE("compliance-service", "compliance", 8085);

    /** Where the Quarkus plugin puts the runnable jar, relative to the module directory. */
    public static final String RUNNER_JAR = "target/quarkus-app/quarkus-run.jar";

    private final String moduleName;
    private final String database;
    private final int defaultPort;

    ArrearsService(String moduleName, String database, int defaultPort) {
        this.moduleName = moduleName;
        this.database = database;
        this.defaultPort = defaultPort;
    }

    /** The Maven module and process name, e.g. {@code accounts-service}. */
    public String moduleName() {
        return moduleName;
    }

    /** The one PostgreSQL database the service owns. */
    public String database() {
        return database;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /** The service's quarkus-run.jar in a checkout of the project. */
    public Path runnerJarIn(Path projectDir) {
        return projectDir.resolve(moduleName).resolve(RUNNER_JAR);
    }

    /**
     * The environment variable that gives every service this service's base URL, e.g.
     * {@code COMPLIANCE_SERVICE_URL}, for documented service-to-service calls.
     */
    public String urlVariable() {
        return moduleName.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** Accepts the module name ({@code accounts-service}) or the short one ({@code accounts}). */
    public static ArrearsService named(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(s -> s.moduleName.equals(wanted) || s.database.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown service '" + name + "'; one of "
                        + Arrays.stream(values()).map(ArrearsService::moduleName).toList()));
    }

    @Override
    public String toString() {
        return moduleName;
    }
}
