package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A file naming the JVM that owns a directory and the servers running from it: the pid on the first line,
 * the process start time on the second, so a recycled pid is not mistaken for the owner.
 */
final class OwnerFile {

    static final String NAME = "owner.pid";

    private OwnerFile() {
    }

    /** Records this JVM as the owner of the directory. */
    static void claim(Path dir) {
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("");
        try {
            Files.writeString(dir.resolve(NAME), self.pid() + "\n" + started + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(NAME), e);
        }
    }

    /** Whether the directory has an owner file whose JVM is gone. Unreadable files count as owned. */
    static boolean ownerIsGone(Path dir) {
        Path file = dir.resolve(NAME);
        if (!Files.exists(file)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(file);
            long pid = Long.parseLong(lines.get(0).trim());
            Optional<String> started = lines.size() > 1 && !lines.get(1).isBlank()
                    ? Optional.of(lines.get(1).trim()) : Optional.empty();
            return !isAlive(pid, started);
        } catch (IOException | RuntimeException e) {
            return false; // half-written by its owner right now, most likely
        }
    }

    private static boolean isAlive(long pid, Optional<String> started) {
        if (!OsProcesses.isRunning(pid)) {
            return false;
        }
        Optional<Instant> actual = ProcessHandle.of(pid).flatMap(h -> h.info().startInstant());
        return started.isEmpty() || actual.isEmpty() || actual.get().toString().equals(started.get());
    }
}
