package org.arrears.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.arrears.devstack.ArrearsService;
import org.arrears.devstack.LocalStack;
import org.arrears.devstack.StackConfig;
import org.arrears.devstack.StackPorts;
import org.arrears.testkit.TokenMinter;

/**
 * The one stack the module's tests share: {@link LocalStack}, as {@code ./arrears up} starts it, but on free ports
 * and under a fresh root in {@code target/}, so it never meets a developer's running stack.
 */
public final class SystemStack implements AutoCloseable {

    private final StackConfig config;
    private LocalStack stack;

    private SystemStack(StackConfig config) {
        this.config = config;
        this.stack = startReporting(config, "started");
    }

    static SystemStack start() {
        Path projectDir = Path.of(required("arrears.project.dir")).toAbsolutePath().normalize();
        Path workDir = Path.of(required("arrears.system-tests.work-dir"));
        StackConfig config = StackConfig.forProject(projectDir, temporaryRoot(workDir), StackPorts.free())
                .withProgress(message -> System.out.println("[stack] " + message));
        return new SystemStack(config);
    }

    public String url(ArrearsService service) {
        return stack.url(service);
    }

    public TokenMinter tokens() {
        return stack.tokens();
    }

    public LocalStack current() {
        return stack;
    }

    /** Stops the whole stack and starts it again on the same root and ports, as a developer's second `up`. */
    public void restart() {
        stack.close();
        stack = startReporting(config, "restarted");
    }

    /** Stops the stack and deletes its data; the logs stay in the root for a failed run's reader. */
    @Override
    public void close() {
        try {
            stack.close();
        } finally {
            deleteRecursively(config.root().resolve("postgres"));
            deleteRecursively(config.root().resolve("kafka"));
            System.out.println("[stack] service logs: " + config.root().resolve(LocalStack.LOGS_DIR));
        }
    }

    private static LocalStack startReporting(StackConfig config, String what) {
        LocalStack started = LocalStack.start(config);
        System.out.printf(Locale.ROOT, "[stack] %s: %d services ready in %.1f s (root %s)%n", what,
                started.urls().size(), started.timeToReady().toMillis() / 1000.0, config.root());
        return started;
    }

    /** Under target/, traversable by the unprivileged user PostgreSQL runs as when the build runs as root. */
    private static Path temporaryRoot(Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path root = Files.createTempDirectory(workDir, "stack-");
            Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a stack root in " + workDir, e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the system tests "
                    + "through Maven (./mvnw -B verify), whose failsafe configuration sets it");
        }
        return value;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.out.println("[stack] could not delete " + dir + ": " + e.getMessage());
        }
    }
}
