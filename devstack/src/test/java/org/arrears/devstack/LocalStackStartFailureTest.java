package org.arrears.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.arrears.testkit.Ports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts that must fail, and fail clearly, leaving nothing running. */
class LocalStackStartFailureTest {

    @TempDir
    Path dir;

    /** PostgreSQL runs as an unprivileged user, who must be able to reach the data directory. */
    @BeforeEach
    void letPostgresIn() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void missingJarsAreNamedWithTheCommandThatBuildsThem() {
        StackConfig config = StackConfig.forProject(dir, dir.resolve(".arrears"), StackPorts.free());

        assertThatThrownBy(() -> LocalStack.start(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("contact-service (" + dir.resolve("contact-service/target/quarkus-app/quarkus-run.jar"))
                .hasMessageContaining("compliance-service")
                .hasMessageContaining("./mvnw -B -q install -DskipTests");
        assertThat(dir.resolve(".arrears/postgres")).doesNotExist();
    }

    @Test
    void aPortInUseIsNamedBeforeAnythingStarts() throws IOException {
        fakeJars();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackPorts ports = StackPorts.free().withKafka(taken.getLocalPort());
            StackConfig config = StackConfig.forProject(dir, dir.resolve(".arrears"), ports);

            assertThatThrownBy(() -> LocalStack.start(config))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(taken.getLocalPort() + " (Kafka)")
                    .hasMessageContaining("./arrears status");
        }
        assertThat(dir.resolve(".arrears/postgres")).doesNotExist();
    }

    @Test
    void aRootWhoseStackStillRunsIsRefused() throws IOException {
        fakeJars();
        Path root = dir.resolve(".arrears");
        StackFile.write(root, recordedStack(root, TrackedProcess.self(), List.of()));

        assertThatThrownBy(() -> LocalStack.start(StackConfig.forProject(dir, root, StackPorts.free())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already running (process " + ProcessHandle.current().pid() + ")")
                .hasMessageContaining("./arrears down");
    }

    @Test
    void servicesLeftRunningByAKilledStackAreStoppedByTheNextStart() throws Exception {
        fakeJars();
        Path root = dir.resolve(".arrears");
        Process orphan = new ProcessBuilder("sleep", "300").start();
        Process deadOwner = new ProcessBuilder("true").start();
        deadOwner.waitFor();
        StackFile.write(root, recordedStack(root, TrackedProcess.of(deadOwner.toHandle()),
                List.of(new StackState.Service("accounts-service", 8081, "http://127.0.0.1:8081",
                        TrackedProcess.of(orphan.toHandle()), root.resolve("logs/accounts-service.log").toString()))));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            StackConfig config = StackConfig.forProject(dir, root, StackPorts.free().withPostgres(taken.getLocalPort()));

            // The start fails later (the port), but only after it has dealt with the leftovers.
            assertThatThrownBy(() -> LocalStack.start(config)).hasMessageContaining("(PostgreSQL)");
        } finally {
            orphan.destroyForcibly(); // a no-op when the start stopped it, as it should (exit 143 below)
        }
        assertThat(orphan.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(orphan.exitValue()).as("stopped by SIGTERM").isEqualTo(143);
        assertThat(root.resolve(StackFile.NAME)).doesNotExist();
    }

    @Test
    void aServiceThatDiesIsReportedWithItsLogAndEverythingStops() throws IOException {
        fakeJars(); // empty files: the JVM refuses them at once
        StackPorts ports = StackPorts.free();
        Path root = dir.resolve(".arrears");
        StackConfig config = StackConfig.forProject(dir, root, ports)
                .withOnly(List.of(ArrearsService.ACCOUNTS))
                .withReadyTimeout(Duration.ofSeconds(60));

        assertThatThrownBy(() -> LocalStack.start(config))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("accounts-service exited with code 1 before it was ready")
                .hasMessageContaining(root.resolve("logs/accounts-service.log").toString())
                .hasMessageContaining("Invalid or corrupt jarfile");

        assertThat(Ports.isListening("127.0.0.1", ports.postgres())).as("PostgreSQL stopped").isFalse();
        assertThat(Ports.isListening("127.0.0.1", ports.kafka())).as("Kafka stopped").isFalse();
        assertThat(root.resolve(StackFile.NAME)).doesNotExist();
        assertThat(root.resolve("keys/publicKey.pem")).exists();
        assertThat(root.resolve("postgres/PG_VERSION")).as("data kept for the next start").exists();
    }

    private static StackState recordedStack(Path root, TrackedProcess owner, List<StackState.Service> services) {
        return new StackState(root.toString(), owner, Instant.now(), 1000L,
                new StackState.Postgres(15432, null, "postgres", "postgres"),
                new StackState.Kafka("127.0.0.1:19092", 19092, 19093), services);
    }

    private void fakeJars() throws IOException {
        for (ArrearsService service : ArrearsService.values()) {
            Path jar = service.runnerJarIn(dir);
            Files.createDirectories(jar.getParent());
            Files.write(jar, new byte[0]);
        }
    }
}
