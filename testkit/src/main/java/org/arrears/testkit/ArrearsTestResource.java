package org.arrears.testkit;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points a Quarkus test application at the JVM's shared PostgreSQL and Kafka and makes it trust
 * {@link TestTokens}:
 *
 * <pre>
 * &#64;QuarkusTestResource(value = ArrearsTestResource.class,
 *         initArgs = &#64;ResourceArg(name = "database", value = "accounts"))
 * </pre>
 *
 * Each service gets its own database (init arg {@value #DATABASE_ARG}, default {@value #DEFAULT_DATABASE})
 * inside the one shared server.
 */
public class ArrearsTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE_ARG = "database";
    public static final String DEFAULT_DATABASE = "app";

    private String database = DEFAULT_DATABASE;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault(DATABASE_ARG, DEFAULT_DATABASE);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedInfra infra = EmbeddedInfra.shared();
        infra.postgres().createDatabase(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", infra.postgres().jdbcUrl(database),
                "quarkus.datasource.username", infra.postgres().username(),
                "quarkus.datasource.password", infra.postgres().password(),
                "kafka.bootstrap.servers", infra.kafka().bootstrapServers(),
                // No container engine here or in CI.
                "quarkus.devservices.enabled", "false",
                "mp.jwt.verify.publickey", TestTokens.publicKeyPem(),
                "mp.jwt.verify.issuer", TestTokens.ISSUER);
    }

    /**
     * Leaves the servers running. Quarkus stops test resources whenever it restarts the application (another
     * test profile or resource set); stopping here would cost a fresh PostgreSQL and Kafka each time. The
     * servers' shutdown hooks stop them at JVM exit, and tests stay apart through their own database and
     * their own consumer groups and keys.
     */
    @Override
    public void stop() {
    }
}
