package org.arrears.testkit;

import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller in one node) running inside this JVM,
 * on 127.0.0.1 only. Built from Maven Central artifacts, no Docker.
 */
public final class EmbeddedKafka implements AutoCloseable {

    static final String SCRATCH_KIND = "kafka";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration ADMIN_TIMEOUT = Duration.ofSeconds(30);
    private static final int PORT_ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(EmbeddedKafka.class.getName());

    private final String bootstrapServers;
    private final Path logDir;
    /** Null for a view of a broker another class loader started (see {@link #attach}). */
    private final KafkaRaftServer server;
    /** Deleted on close; null for persistent brokers. */
    private final Path scratchDir;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedKafka(String bootstrapServers, Path logDir, KafkaRaftServer server, Path scratchDir) {
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
        this.server = server;
        this.scratchDir = scratchDir;
        this.shutdownHook = new Thread(this::close, "embedded-kafka-stop");
        if (server != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** A throwaway broker on free ports; its log directory is deleted on close. */
    public static EmbeddedKafka startTemporary() {
        reapAbandoned();
        for (int attempt = 1;; attempt++) {
            Path scratch = ScratchDirs.create(SCRATCH_KIND);
            try {
                return start(scratch.resolve("logs"), Ports.free(), Ports.free(), scratch, false);
            } catch (RuntimeException e) {
                FileTrees.deleteRecursively(scratch);
                // Another process took a port between choosing and binding it: choose again.
                if (attempt == PORT_ATTEMPTS || !causedByBindFailure(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean causedByBindFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    /** A broker that keeps topics and committed offsets in {@code logDir} across restarts (the local dev stack). */
    public static EmbeddedKafka startPersistent(Path logDir, int port, int controllerPort) {
        reapAbandoned();
        return start(logDir.toAbsolutePath().normalize(), port, controllerPort, null, true);
    }

    /** A handle on a broker started elsewhere in this JVM; closing it leaves the broker running. */
    static EmbeddedKafka attach(String bootstrapServers) {
        return new EmbeddedKafka(bootstrapServers, null, null, null);
    }

    /** Temporary brokers run in-process, so a dead JVM left only files behind. */
    static void reapAbandoned() {
        ScratchDirs.reapAbandoned(SCRATCH_KIND, dir -> {
        });
    }

    private static EmbeddedKafka start(Path logDir, int port, int controllerPort, Path scratchDir,
            boolean persistent) {
        long started = System.nanoTime();
        var config = KafkaBrokerConfig.of(logDir, port, controllerPort, persistent);
        KafkaStorageFormat.formatIfNeeded(config, logDir);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
        try {
            server.startup();
            Ports.awaitListening("127.0.0.1", port, START_TIMEOUT);
        } catch (RuntimeException e) {
            stopQuietly(server);
            throw e;
        }
        EmbeddedKafka kafka = new EmbeddedKafka("127.0.0.1:" + port, logDir, server, scratchDir);
        LOG.log(System.Logger.Level.INFO, "Kafka broker on {0} ready in {1,number,#} ms ({2})",
                kafka.bootstrapServers(), (System.nanoTime() - started) / 1_000_000, logDir);
        return kafka;
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The broker's (PLAINTEXT) port. */
    public int port() {
        return Integer.parseInt(bootstrapServers.substring(bootstrapServers.lastIndexOf(':') + 1));
    }

    /** The broker's data directory; null for an attached handle. */
    public Path logDir() {
        return logDir;
    }

    /** Creates the topics that do not exist yet, with replication factor 1. */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) ADMIN_TIMEOUT.toMillis()))) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get(ADMIN_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + created.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("topics not created within " + ADMIN_TIMEOUT, e);
        }
    }

    /** Stops the broker and deletes a temporary one's files. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || server == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // we are the hook, or the JVM is exiting anyway
        }
        long started = System.nanoTime();
        stopQuietly(server);
        LOG.log(System.Logger.Level.INFO, "Kafka broker on {0} stopped in {1,number,#} ms", bootstrapServers,
                (System.nanoTime() - started) / 1_000_000);
        if (scratchDir != null) {
            FileTrees.deleteRecursively(scratchDir);
        }
    }

    private static void stopQuietly(KafkaRaftServer server) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Kafka broker did not shut down cleanly", e);
        }
    }
}
