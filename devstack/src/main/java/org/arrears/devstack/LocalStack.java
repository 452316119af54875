package org.arrears.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.arrears.testkit.EmbeddedInfra;
import org.arrears.testkit.EmbeddedPostgres;
import org.arrears.testkit.JwtKeys;
import org.arrears.testkit.Ports;
import org.arrears.testkit.TokenMinter;

/**
 * The local stack: PostgreSQL and Kafka (persistent, under the root), a database per service, every topic and
 * its dead-letter twin, JWT keys, and the five services as separate {@code java -jar} processes, ready when
 * {@link #start} returns. {@code ./arrears up} and the system tests both start it through here.
 * <p>
 * {@link #close()} stops the services (SIGTERM, then SIGKILL after a grace period), then Kafka and PostgreSQL;
 * a shutdown hook does the same if the JVM exits first. Data, keys and logs stay under the root, so the next
 * start from the same root finds the accounts of the last one.
 */
public final class LocalStack implements AutoCloseable {

    /** Service-to-service tokens of the local stack; minted anew at every start. */
    private static final Duration SERVICE_TOKEN_TTL = Duration.ofDays(30);

    /** The issuer of local tokens; every service is told to trust it. */
    public static final String ISSUER = "https://arrears.local";
    public static final String KEYS_DIR = "keys";
    public static final String LOGS_DIR = "logs";
    /** How the error message tells a developer to build what is missing. */
    public static final String BUILD_COMMAND = "./mvnw -B -q install -DskipTests";

    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final int LOG_TAIL_LINES = 40;
    private static final System.Logger LOG = System.getLogger(LocalStack.class.getName());

    private final StackConfig config;
    private final Path root;
    private final Object lock = new Object();
    private final List<ServiceProcess> services = new ArrayList<>();
    private final Thread shutdownHook = new Thread(this::close, "local-stack-stop");
    private final long startedNanos = System.nanoTime();
    private final Instant startedAt = Instant.now();

    private EmbeddedInfra infra;
    private TokenMinter tokens;
    private StackState state;
    private Duration timeToReady;
    private boolean closed;

    private LocalStack(StackConfig config) {
        this.config = config;
        this.root = config.root();
    }

    /**
     * Starts everything and returns once every service's {@code /q/health/ready} answers 200 UP.
     *
     * @throws IllegalStateException naming what failed: a missing jar (with the command that builds it), a port
     *                               in use, a stack already running from the root, or a service that exited or
     *                               was not ready in time (with the end of its log). Whatever had started is
     *                               stopped again.
     */
    public static LocalStack start(StackConfig config) {
        LocalStack stack = new LocalStack(config);
        try {
            stack.boot();
            return stack;
        } catch (RuntimeException | Error e) {
            try {
                stack.close();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private void boot() {
        requireJars();
        createDirectories();
        stopLeftoversOfKilledRun();
        requireFreePorts();
        Runtime.getRuntime().addShutdownHook(shutdownHook);

        JwtKeys keys = JwtKeys.loadOrCreate(root.resolve(KEYS_DIR));
        tokens = new TokenMinter(keys, ISSUER);

        StackPorts ports = config.ports();
        config.progress().accept("Starting PostgreSQL on 127.0.0.1:" + ports.postgres() + " and Kafka on 127.0.0.1:"
                + ports.kafka());
        EmbeddedInfra started = EmbeddedInfra.startPersistent(root, ports.postgres(), ports.kafka(),
                ports.kafkaController());
        synchronized (lock) {
            if (closed) {
                started.close();
                throw stoppedWhileStarting();
            }
            infra = started;
        }
        for (ArrearsService service : ArrearsService.values()) {
            infra.postgres().createDatabase(service.database());
        }
        List<String> topics = StackTopics.all();
        infra.kafka().createTopics(config.topicPartitions(), topics.toArray(String[]::new));
        config.progress().accept(String.format(Locale.ROOT,
                "PostgreSQL and Kafka ready after %.1f s (%d databases, %d topics); starting %s",
                seconds(elapsed()), ArrearsService.values().length, topics.size(),
                config.services().stream().map(ArrearsService::moduleName).collect(Collectors.joining(", "))));

        launchServices();
        state = describe();
        StackFile.write(root, state);
        awaitReady();
        timeToReady = elapsed();
        state = state.ready(timeToReady.toMillis());
        StackFile.write(root, state);
        config.progress().accept(String.format(Locale.ROOT, "%s ready in %.1f s",
                services.size() == 1 ? "The service is" : "All " + services.size() + " services are",
                seconds(timeToReady)));
    }

    private void requireJars() {
        List<String> missing = new ArrayList<>();
        config.jars().forEach((service, jar) -> {
            if (!Files.isRegularFile(jar)) {
                missing.add(service + " (" + jar + ")");
            }
        });
        if (!missing.isEmpty()) {
            String where = config.projectDir() == null ? "in the project directory" : "in " + config.projectDir();
            throw new IllegalStateException("Service jars are missing: " + String.join(", ", missing)
                    + ".\nBuild them " + where + " with: " + BUILD_COMMAND);
        }
    }

    private void createDirectories() {
        try {
            Files.createDirectories(root.resolve(LOGS_DIR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + root.resolve(LOGS_DIR), e);
        }
    }

    /**
     * A stack.json whose owner is alive means the root is in use; one whose owner is gone was left by a killed
     * run, whose service processes may still be running (PostgreSQL's leftover is testkit's business).
     */
    private void stopLeftoversOfKilledRun() {
        StackState previous = StackFile.read(root).orElse(null);
        if (previous == null) {
            return;
        }
        if (previous.owner() != null && previous.owner().isAlive()) {
            throw new IllegalStateException("A stack from " + root + " is already running (process "
                    + previous.owner().pid() + "). Stop it first: ./arrears down");
        }
        for (StackState.Service leftover : previous.services()) {
            if (leftover.process() != null && leftover.process().isAlive()) {
                config.progress().accept("Stopping " + leftover.name() + " (process " + leftover.process().pid()
                        + ") left running by a stack that was killed");
                leftover.process().stop("TERM", config.stopTimeout());
            }
        }
        StackFile.delete(root);
    }

    private void requireFreePorts() {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        StackPorts ports = config.ports();
        wanted.put("PostgreSQL", ports.postgres());
        wanted.put("Kafka", ports.kafka());
        wanted.put("the Kafka controller", ports.kafkaController());
        config.services().forEach(s -> wanted.put(s.moduleName(), ports.http(s)));
        List<String> taken = wanted.entrySet().stream()
                .filter(e -> Ports.isListening("127.0.0.1", e.getValue()))
                .map(e -> e.getValue() + " (" + e.getKey() + ")")
                .toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports already in use on 127.0.0.1: " + String.join(", ", taken)
                    + ". Is another stack running (./arrears status)? Stop it, or choose other ports.");
        }
    }

    private void launchServices() {
        Map<String, String> shared = sharedEnvironment();
        for (Map.Entry<ArrearsService, Path> entry : config.jars().entrySet()) {
            ArrearsService service = entry.getKey();
            int port = config.ports().http(service);
            Map<String, String> env = new LinkedHashMap<>(shared);
            env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
            env.put("DB_URL", infra.postgres().jdbcUrl(service.database()));
            synchronized (lock) {
                if (closed) {
                    throw stoppedWhileStarting();
                }
                services.add(ServiceProcess.launch(service, entry.getValue(), port, root.resolve(LOGS_DIR), root,
                        config.jvmOptions(), env));
            }
        }
    }

    /** What every service is told: where the servers are, which key and issuer to trust, where the others are. */
    private Map<String, String> sharedEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("DB_USER", infra.postgres().username());
        env.put("DB_PASSWORD", infra.postgres().password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafka().bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION",
                "file:" + root.resolve(KEYS_DIR).resolve(JwtKeys.PUBLIC_KEY_FILE));
        env.put("MP_JWT_VERIFY_ISSUER", ISSUER);
        env.put("ARREARS_JWT_ISSUER", ISSUER);
        for (ArrearsService service : ArrearsService.values()) {
            env.put(service.urlVariable(), "http://127.0.0.1:" + config.ports().http(service));
        }
        // contact-service asks compliance-service before every contact; without a token it fails closed.
        env.put("ARREARS_CONTACT_COMPLIANCE_TOKEN", tokens.mint("contact-service", Set.of("service"), Map.of(),
                SERVICE_TOKEN_TTL));
        return env;
    }

    private void awaitReady() {
        Readiness readiness = new Readiness();
        long deadline = System.nanoTime() + config.readyTimeout().toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(services);
        Map<ArrearsService, Readiness.Answer> lastAnswers = new EnumMap<>(ArrearsService.class);
        while (true) {
            for (Iterator<ServiceProcess> it = waiting.iterator(); it.hasNext();) {
                ServiceProcess service = it.next();
                if (!service.isAlive()) {
                    throw new IllegalStateException(service.service() + " exited with code " + service.exitValue()
                            + " before it was ready. The end of " + service.log() + ":\n"
                            + LogTail.of(service.log(), LOG_TAIL_LINES));
                }
                Readiness.Answer answer = readiness.ask(service.url());
                if (answer.ready()) {
                    it.remove();
                    config.progress().accept(String.format(Locale.ROOT, "%s ready on %s after %.1f s",
                            service.service(), service.url(), seconds(elapsed())));
                } else {
                    lastAnswers.put(service.service(), answer);
                }
            }
            if (waiting.isEmpty()) {
                return;
            }
            synchronized (lock) {
                if (closed) {
                    throw stoppedWhileStarting();
                }
            }
            if (System.nanoTime() - deadline > 0) {
                throw notReady(waiting, lastAnswers);
            }
            pause();
        }
    }

    private IllegalStateException notReady(List<ServiceProcess> waiting,
            Map<ArrearsService, Readiness.Answer> lastAnswers) {
        StringBuilder message = new StringBuilder("Not ready within ").append(config.readyTimeout().toSeconds())
                .append(" s: ").append(waiting.stream().map(s -> s.service().moduleName())
                        .collect(Collectors.joining(", ")))
                .append('.');
        for (ServiceProcess service : waiting) {
            Readiness.Answer last = lastAnswers.get(service.service());
            message.append("\n\n").append(service.service()).append(": ").append(Readiness.PATH).append(" answered ")
                    .append(last == null ? "nothing" : last.code() == 0 ? last.status()
                            : last.code() + " " + last.status())
                    .append(". The end of ").append(service.log()).append(":\n")
                    .append(LogTail.of(service.log(), LOG_TAIL_LINES));
        }
        return new IllegalStateException(message.toString());
    }

    private StackState describe() {
        EmbeddedPostgres pg = infra.postgres();
        List<StackState.Service> described = services.stream()
                .map(s -> new StackState.Service(s.service().moduleName(), s.port(), s.url(), s.tracked(),
                        s.log().toString()))
                .toList();
        return new StackState(root.toString(), TrackedProcess.self(), startedAt, null,
                new StackState.Postgres(pg.port(), pg.pid() < 0 ? null
                        : ProcessHandle.of(pg.pid()).map(TrackedProcess::of).orElse(null),
                        pg.username(), pg.password()),
                new StackState.Kafka(infra.kafka().bootstrapServers(), config.ports().kafka(),
                        config.ports().kafkaController()),
                described);
    }

    private IllegalStateException stoppedWhileStarting() {
        return new IllegalStateException("The stack was stopped while it was starting");
    }

    /**
     * Stops the services (SIGTERM to all, then SIGKILL to any still running after the grace period), then
     * Kafka, then PostgreSQL. Keeps data, keys and logs. Idempotent; safe while {@link #start} is running.
     */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // we are the hook, the JVM is exiting, or the hook was never added
        }
        long stopping = System.nanoTime();
        List<ServiceProcess> running;
        synchronized (lock) {
            running = new ArrayList<>(services);
        }
        try {
            if (!running.isEmpty()) {
                config.progress().accept("Stopping " + running.stream().map(s -> s.service().moduleName())
                        .collect(Collectors.joining(", ")));
                running.forEach(ServiceProcess::terminate);
                for (ServiceProcess service : running) {
                    if (!service.awaitExitOrKill(config.stopTimeout())) {
                        LOG.log(System.Logger.Level.WARNING, "{0} ignored SIGTERM for {1}; killed it",
                                service.service(), config.stopTimeout());
                    }
                }
            }
        } finally {
            EmbeddedInfra toClose;
            synchronized (lock) {
                toClose = infra;
            }
            try {
                if (toClose != null) {
                    config.progress().accept("Stopping Kafka and PostgreSQL");
                    toClose.close();
                }
            } finally {
                if (state != null) {
                    StackFile.delete(root);
                }
            }
        }
        config.progress().accept(String.format(Locale.ROOT, "Stopped in %.1f s",
                seconds(Duration.ofNanos(System.nanoTime() - stopping))));
    }

    /** The base URL of a running service, e.g. {@code http://127.0.0.1:8081}. */
    public String url(ArrearsService service) {
        return services.stream()
                .filter(s -> s.service() == service)
                .findFirst()
                .map(ServiceProcess::url)
                .orElseThrow(() -> new IllegalArgumentException(service + " is not part of this stack"));
    }

    /** Every running service's base URL, in {@link ArrearsService} order. */
    public Map<ArrearsService, String> urls() {
        Map<ArrearsService, String> urls = new EnumMap<>(ArrearsService.class);
        services.forEach(s -> urls.put(s.service(), s.url()));
        return Collections.unmodifiableMap(urls);
    }

    public String kafkaBootstrapServers() {
        return infra.kafka().bootstrapServers();
    }

    /** The JDBC URL of a service's database (user and password {@value EmbeddedPostgres#USERNAME}). */
    public String jdbcUrl(ArrearsService service) {
        return infra.postgres().jdbcUrl(service.database());
    }

    /** Signs tokens every service of this stack accepts. */
    public TokenMinter tokens() {
        return tokens;
    }

    /** From the call to {@link #start} until every service was ready. */
    public Duration timeToReady() {
        return timeToReady;
    }

    /** The service's stdout and stderr. */
    public Path logOf(ArrearsService service) {
        return root.resolve(LOGS_DIR).resolve(service.moduleName() + ".log");
    }

    /** What stack.json says about this stack. */
    public StackState state() {
        return state;
    }

    public StackConfig config() {
        return config;
    }

    public Path root() {
        return root;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the services", e);
        }
    }
}
