package org.arrears.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackFileTest {

    @TempDir
    Path root;

    @Test
    void roundTripKeepsEverything() {
        StackState state = new StackState(root.toString(), TrackedProcess.self(), Instant.parse("2026-11-23T10:15:30.123456789Z"),
                null,
                new StackState.Postgres(15432, new TrackedProcess(4242, Instant.parse("2026-11-23T10:15:31.5Z")),
                        "postgres", "postgres"),
                new StackState.Kafka("127.0.0.1:19092", 19092, 19093),
                List.of(new StackState.Service("accounts-service", 8081, "http://127.0.0.1:8081",
                        new TrackedProcess(4300, null), root.resolve("logs/accounts-service.log").toString())))
                .ready(23_456);

        StackFile.write(root, state);

        assertThat(StackFile.read(root)).contains(state);
        assertThat(StackFile.read(root).orElseThrow().readyMillis()).isEqualTo(23_456L);
        assertThat(StackFile.read(root).orElseThrow().service("accounts-service")).isPresent();
    }

    @Test
    void theFileIsReadableJsonWithPidsAndPorts() throws Exception {
        StackFile.write(root, new StackState(root.toString(), new TrackedProcess(77, null), Instant.EPOCH, 1000L,
                new StackState.Postgres(15432, new TrackedProcess(78, null), "postgres", "postgres"),
                new StackState.Kafka("127.0.0.1:19092", 19092, 19093), List.of()));

        String json = Files.readString(root.resolve("stack.json"));

        assertThat(json).contains("\"pid\" : 77", "\"port\" : 15432", "\"bootstrapServers\" : \"127.0.0.1:19092\"",
                "\"startedAt\" : \"1970-01-01T00:00:00Z\"").doesNotContain("alive");
        assertThat(root).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void noFileMeansNoStack() {
        assertThat(StackFile.read(root)).isEmpty();
        StackFile.delete(root); // nothing to delete is fine
    }

    @Test
    void aTrackedProcessIsAliveUntilItExitsAndARecycledPidIsNotOurs() throws Exception {
        assertThat(TrackedProcess.self().isAlive()).isTrue();
        assertThat(new TrackedProcess(ProcessHandle.current().pid(), Instant.EPOCH).isAlive())
                .as("same pid, another start time").isFalse();

        Process sleeper = new ProcessBuilder("sleep", "30").start();
        TrackedProcess tracked = TrackedProcess.of(sleeper.toHandle());
        assertThat(tracked.isAlive()).isTrue();
        assertThat(tracked.stop("TERM", Duration.ofSeconds(5))).isTrue();
        assertThat(sleeper.waitFor(5, TimeUnit.SECONDS)).isTrue();
        assertThat(tracked.isAlive()).isFalse();
    }
}
