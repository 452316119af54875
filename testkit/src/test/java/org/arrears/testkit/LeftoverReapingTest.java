package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class LeftoverReapingTest {

    @Test
    void aServerOrphanedByAKilledJvmIsStoppedAndDeletedOnTheNextStart() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LeftoverMain.class.getName()).redirectErrorStream(true).start();
        long pgPid;
        Path scratch;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("READY "));
            assertThat(line).as("child output").isNotNull();
            String[] parts = line.split(" ");
            pgPid = Long.parseLong(parts[1]);
            scratch = Path.of(parts[2]);
            child.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(OsProcesses.isRunning(pgPid)).as("postgres outlived its JVM").isTrue();

        EmbeddedPostgres.reapAbandoned();

        assertThat(OsProcesses.awaitExit(pgPid, Duration.ofSeconds(5))).as("leftover postgres stopped").isTrue();
        assertThat(scratch).doesNotExist();
        awaitReapedByInit(pgPid);
    }

    /**
     * The stopped orphan stays a zombie until PID 1 reaps it (not our child, so we cannot); wait a little so
     * that a {@code pgrep postgres} right after the build sees nothing. Not asserted: that is init's job.
     */
    private static void awaitReapedByInit(long pid) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.exists(Path.of("/proc", Long.toString(pid))) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    @Test
    void kafkaDirectoriesOfDeadJvmsAreDeletedButLiveOnesKept() throws Exception {
        Path dead = Files.createTempDirectory(ScratchDirs.root(EmbeddedKafka.SCRATCH_KIND), "kafka-");
        Files.writeString(dead.resolve(OwnerFile.NAME), "4999999\n");
        Path live = ScratchDirs.create(EmbeddedKafka.SCRATCH_KIND);
        try {
            EmbeddedKafka.reapAbandoned();

            assertThat(dead).doesNotExist();
            assertThat(live).isDirectory();
        } finally {
            FileTrees.deleteRecursively(live);
            FileTrees.deleteRecursively(dead);
        }
    }

    @Test
    void ownerFileRecordsPidAndStartTime() throws Exception {
        Path dir = ScratchDirs.create(EmbeddedKafka.SCRATCH_KIND);
        try {
            List<String> lines = Files.readAllLines(dir.resolve(OwnerFile.NAME));
            assertThat(lines.get(0)).isEqualTo(Long.toString(ProcessHandle.current().pid()));
            assertThat(lines.get(1)).isNotBlank();
            assertThat(OwnerFile.ownerIsGone(dir)).isFalse();

            // Same pid, different start time: the pid was recycled, the owner is gone.
            Files.writeString(dir.resolve(OwnerFile.NAME), lines.get(0) + "\n2001-01-01T00:00:00Z\n");
            assertThat(OwnerFile.ownerIsGone(dir)).isTrue();
        } finally {
            FileTrees.deleteRecursively(dir);
        }
    }
}
