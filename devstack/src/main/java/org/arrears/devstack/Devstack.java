package org.arrears.devstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.arrears.testkit.JwtKeys;
import org.arrears.testkit.Ports;
import org.arrears.testkit.TokenMinter;

import sun.misc.Signal;

/**
 * {@code ./arrears} without the shell: {@code up}, {@code token}, {@code status}, {@code down}. Run it with the
 * project directory as the working directory (the script does).
 */
public final class Devstack {

    public static final String PID_FILE = "devstack.pid";
    /** The creditor whose token {@code up} prints. */
    public static final String SAMPLE_CREDITOR = "ACME";

    private static final String SAMPLE_PLACEMENT = "{\"creditorRef\": \"ACME-0001\", \"accountType\": "
            + "\"CREDIT_CARD\", \"currency\": \"USD\", \"balances\": {\"principal\": \"1250.00\", \"interest\": "
            + "\"0\", \"fees\": \"0\", \"costs\": \"0\"}, \"firstDelinquencyDate\": \"2025-09-01\", "
            + "\"chargeOffDate\": \"2026-03-01\", \"debtor\": {\"state\": \"MA\", \"postalCode\": \"02134\"}}";

    private static final String USAGE = """
            Usage: ./arrears <command> [options]

              up       Start PostgreSQL, Kafka and the five services; block until Ctrl-C or ./arrears down.
                         --only SERVICE[,SERVICE]   start only these services
                         --http-port N              services on N..N+4 (default 8081..8085)
                         --postgres-port N          default 15432
                         --kafka-port N             default 19092
                         --kafka-controller-port N  default 19093
                         --timeout DURATION         how long to wait for readiness (default 120s)
              token    Print a token the running stack accepts.
                         --role ROLE                repeatable: creditor, agent, dialer, compliance, ops, service, legal
                         --creditor ID              the creditor a creditor token acts for (claim creditor_id)
                         --subject NAME             the token's subject (default: the creditor, or arrears-user)
                         --claim NAME=VALUE         any extra claim, repeatable
                         --ttl DURATION             lifetime (default PT8H; also 30m, 8h, 2d)
              status   Say for each process whether it is alive and ready.
              down     Stop the stack that ./arrears up started (waits until it is gone).
              logs SERVICE   Follow a service's log (the script does this one).
              help     This text.

            Every command takes --root DIR (default .arrears): data, keys, logs, stack.json.
            """;

    /** Set once the stack is ready: from then on a signal stops it in order rather than exiting the JVM. */
    private static volatile boolean stackReady;

    private final PrintStream out;
    private final PrintStream err;

    Devstack(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Devstack(System.out, System.err).run(args));
    }

    int run(String... args) {
        Cli.Command command;
        try {
            command = Cli.parse(args);
        } catch (Cli.UsageException e) {
            err.println("arrears: " + e.getMessage());
            err.println("Run ./arrears help for the commands.");
            return 2;
        }
        try {
            if (command instanceof Cli.Up up) {
                return up(up);
            } else if (command instanceof Cli.Token token) {
                return token(token);
            } else if (command instanceof Cli.Status status) {
                return status(status);
            } else if (command instanceof Cli.Down down) {
                return down(down);
            }
            out.print(USAGE);
            return 0;
        } catch (IllegalStateException | IllegalArgumentException | UncheckedIOException e) {
            err.println("arrears: " + e.getMessage());
            return 1;
        }
    }

    // ---------------------------------------------------------------------------------------------- up

    private int up(Cli.Up command) {
        Path root = command.root().toAbsolutePath().normalize();
        Optional<ProcessHandle> running = runningDevstack(root);
        if (running.isPresent()) {
            err.println("arrears: a stack from " + root + " is already running (process " + running.get().pid()
                    + "). See ./arrears status, or stop it with ./arrears down.");
            return 1;
        }
        Path pidFile = root.resolve(PID_FILE);
        writePidFile(pidFile);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(pidFile), "devstack-pid-file"));
        DevstackLogging.toFile(root.resolve(LocalStack.LOGS_DIR).resolve("devstack.log"));

        StackConfig config = StackConfig.forProject(command.projectDir(), root, command.ports())
                .withReadyTimeout(command.readyTimeout())
                .withProgress(message -> out.println("  " + message));
        if (!command.only().isEmpty()) {
            config = config.withOnly(command.only());
        }
        CountDownLatch stopRequested = new CountDownLatch(1);
        handleStopSignals(stopRequested);

        out.println("Starting the Arrears local stack in " + root);
        LocalStack stack;
        try {
            stack = LocalStack.start(config);
        } catch (RuntimeException e) {
            err.println();
            err.println("arrears up failed: " + e.getMessage());
            return 1;
        }
        printReady(stack);
        try {
            stopRequested.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        out.println();
        out.println("Stopping the Arrears local stack");
        stack.close();
        return 0;
    }

    /**
     * Ctrl-C and SIGTERM ({@code down}) stop the stack in order: services first, then Kafka, then PostgreSQL.
     * The JVM's own handling would run every shutdown hook at once. While the stack is still starting, or on a
     * second signal, the JVM exits and the shutdown hooks stop whatever runs.
     */
    private static void handleStopSignals(CountDownLatch stopRequested) {
        AtomicInteger signals = new AtomicInteger();
        for (String name : new String[] { "INT", "TERM" }) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    if (signals.incrementAndGet() == 1 && stopRequested.getCount() == 1 && stackReady) {
                        stopRequested.countDown();
                    } else {
                        System.exit(128 + signal.getNumber());
                    }
                });
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal (-Xrs): its shutdown hooks still stop everything, just not in order
            }
        }
    }

    private void printReady(LocalStack stack) {
        stackReady = true;
        Duration ready = stack.timeToReady();
        out.println();
        out.printf(Locale.ROOT, "Arrears is up: %d service%s ready in %.1f s.%n", stack.urls().size(),
                stack.urls().size() == 1 ? "" : "s", ready.toMillis() / 1000.0);
        out.println();
        String row = "  %-20s %-24s %s%n";
        out.printf(row, "SERVICE", "URL", "SWAGGER UI");
        stack.urls().forEach((service, url) -> out.printf(row, service, url, url + "/q/swagger-ui"));
        StackState state = stack.state();
        out.printf(row, "PostgreSQL", "127.0.0.1:" + state.postgres().port(),
                "user " + state.postgres().user() + ", password " + state.postgres().password()
                        + "; one database per service");
        long topics = StackTopics.all().stream().filter(t -> !t.endsWith(".dlq")).count();
        out.printf(row, "Kafka", state.kafka().bootstrapServers(),
                topics + " topics and their .dlq twins, " + stack.config().topicPartitions() + " partitions each");
        out.println();
        out.println("Data, keys and logs: " + stack.root() + "   (./arrears logs <service>)");
        out.println();
        String token = stack.tokens().mint(SAMPLE_CREDITOR, Set.of(TokenMinter.CREDITOR_ROLE),
                Map.of(TokenMinter.CREDITOR_ID_CLAIM, SAMPLE_CREDITOR), Cli.DEFAULT_TOKEN_TTL);
        out.println("A token for creditor " + SAMPLE_CREDITOR + " (valid " + Cli.DEFAULT_TOKEN_TTL.toHours()
                + " h); other roles: ./arrears token --role agent");
        out.println();
        out.println("  export TOKEN=" + token);
        if (stack.urls().containsKey(ArrearsService.ACCOUNTS)) {
            out.println("  curl -i -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' \\");
            out.println("    -d '" + SAMPLE_PLACEMENT + "' \\");
            out.println("    " + stack.url(ArrearsService.ACCOUNTS) + "/v1/accounts");
        }
        out.println();
        out.println("Stop with Ctrl-C or ./arrears down.");
        out.flush();
    }

    // ---------------------------------------------------------------------------------------------- token

    private int token(Cli.Token command) {
        Path keysDir = command.root().resolve(LocalStack.KEYS_DIR);
        if (!Files.exists(keysDir.resolve(JwtKeys.PRIVATE_KEY_FILE))) {
            err.println("arrears: no keys in " + keysDir + " yet; created them. The next ./arrears up uses them.");
        }
        TokenMinter minter = new TokenMinter(JwtKeys.loadOrCreate(keysDir), LocalStack.ISSUER);
        Map<String, Object> claims = new LinkedHashMap<>(command.claims());
        if (command.creditor() != null) {
            claims.put(TokenMinter.CREDITOR_ID_CLAIM, command.creditor());
        }
        String subject = command.subject() != null ? command.subject()
                : command.creditor() != null ? command.creditor() : TokenMinter.DEFAULT_SUBJECT;
        out.println(minter.mint(subject, command.roles(), claims, command.ttl()));
        return 0;
    }

    // ---------------------------------------------------------------------------------------------- status

    private int status(Cli.Status command) {
        Path root = command.root().toAbsolutePath().normalize();
        Optional<StackState> recorded = StackFile.read(root);
        if (recorded.isEmpty()) {
            out.println("No local stack is running from " + root + " (no " + StackFile.NAME + "). Start one: ./arrears up");
            return 3;
        }
        StackState state = recorded.get();
        boolean allGood = true;
        String row = "  %-22s %-8s %-8s %-12s %s%n";
        out.printf(row, "COMPONENT", "PID", "PROCESS", "READY", "ADDRESS");
        boolean ownerAlive = state.owner() != null && state.owner().isAlive();
        boolean kafkaListening = ownerAlive && Ports.isListening("127.0.0.1", state.kafka().port());
        out.printf(row, "devstack + Kafka", pid(state.owner()), alive(ownerAlive), kafkaListening ? "UP" : "DOWN",
                state.kafka().bootstrapServers());
        allGood &= ownerAlive && kafkaListening;

        boolean pgAlive = state.postgres().process() != null && state.postgres().process().isAlive();
        boolean pgListening = pgAlive && Ports.isListening("127.0.0.1", state.postgres().port());
        out.printf(row, "PostgreSQL", pid(state.postgres().process()), alive(pgAlive), pgListening ? "UP" : "DOWN",
                "127.0.0.1:" + state.postgres().port());
        allGood &= pgAlive && pgListening;

        Readiness readiness = new Readiness();
        for (StackState.Service service : state.services()) {
            boolean serviceAlive = service.process() != null && service.process().isAlive();
            String ready = "-";
            if (serviceAlive) {
                Readiness.Answer answer = readiness.ask(service.url());
                ready = answer.status();
                allGood &= answer.ready();
            }
            allGood &= serviceAlive;
            out.printf(row, service.name(), pid(service.process()), alive(serviceAlive), ready, service.url());
        }
        if (state.readyMillis() == null && ownerAlive) {
            out.println("The stack is still starting.");
        } else if (state.readyMillis() != null) {
            out.printf(Locale.ROOT, "Started %s; ready after %.1f s.%n", state.startedAt(),
                    state.readyMillis() / 1000.0);
        }
        if (!ownerAlive) {
            out.println("The devstack process is gone: ./arrears down stops anything it left running.");
        }
        return allGood ? 0 : 1;
    }

    private static String pid(TrackedProcess process) {
        return process == null ? "-" : Long.toString(process.pid());
    }

    private static String alive(boolean alive) {
        return alive ? "alive" : "gone";
    }

    // ---------------------------------------------------------------------------------------------- down

    private int down(Cli.Down command) {
        Path root = command.root().toAbsolutePath().normalize();
        long started = System.nanoTime();
        Optional<ProcessHandle> running = runningDevstack(root);
        if (running.isPresent()) {
            ProcessHandle up = running.get();
            out.println("Stopping the local stack (process " + up.pid() + ")");
            up.destroy(); // SIGTERM: the up process stops services, Kafka and PostgreSQL in that order
            TrackedProcess tracked = TrackedProcess.of(up);
            if (!tracked.awaitExit(command.timeout())) {
                err.println("arrears: process " + up.pid() + " still runs after " + command.timeout().toSeconds()
                        + " s; killing it and what it started");
                up.destroyForcibly();
                tracked.awaitExit(Duration.ofSeconds(10));
            }
        }
        int stopped = stopLeftovers(root);
        deleteQuietly(root.resolve(PID_FILE));
        if (running.isEmpty() && stopped == 0) {
            out.println("No local stack is running from " + root + ".");
            return 0;
        }
        StackFile.delete(root);
        out.printf(Locale.ROOT, "Stopped in %.1f s.%n", (System.nanoTime() - started) / 1e9);
        return 0;
    }

    /** Processes recorded in stack.json that outlived their devstack (killed with -9, or just killed above). */
    private int stopLeftovers(Path root) {
        Optional<StackState> recorded = StackFile.read(root);
        if (recorded.isEmpty() || (recorded.get().owner() != null && recorded.get().owner().isAlive())) {
            return 0;
        }
        int stopped = 0;
        for (StackState.Service service : recorded.get().services()) {
            if (service.process() != null && service.process().isAlive()) {
                out.println("Stopping " + service.name() + " (process " + service.process().pid()
                        + "), left running");
                service.process().stop("TERM", StackConfig.DEFAULT_STOP_TIMEOUT);
                stopped++;
            }
        }
        TrackedProcess postgres = recorded.get().postgres().process();
        if (postgres != null && postgres.isAlive()) {
            out.println("Stopping PostgreSQL (process " + postgres.pid() + "), left running");
            postgres.stop("INT", Duration.ofSeconds(15)); // SIGINT is PostgreSQL's fast shutdown
            stopped++;
        }
        return stopped;
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The {@code up} process recorded in the root's pid file, if it still runs. */
    static Optional<ProcessHandle> runningDevstack(Path root) {
        Path pidFile = root.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(h -> h.pid() != ProcessHandle.current().pid())
                    .filter(h -> new TrackedProcess(h.pid(), null).isAlive())
                    // a recycled pid belongs to some other program
                    .filter(h -> h.info().commandLine().map(c -> c.contains(Devstack.class.getName())).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void writePidFile(Path pidFile) {
        try {
            Files.createDirectories(pidFile.getParent());
            Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + pidFile, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // nothing to do: a stale pid file is recognised as stale
        }
    }
}
