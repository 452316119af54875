package org.arrears.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A process recorded in stack.json: its pid and start time, so that a pid the OS has since given to another
 * process is not taken for ours.
 */
public record TrackedProcess(long pid, Instant started) {

    public static TrackedProcess of(ProcessHandle handle) {
        return new TrackedProcess(handle.pid(), handle.info().startInstant().orElse(null));
    }

    public static TrackedProcess self() {
        return of(ProcessHandle.current());
    }

    /** Still running, and the same process that was recorded. A zombie counts as gone. */
    @JsonIgnore
    public boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive() || isZombie(pid)) {
            return false;
        }
        Optional<Instant> actual = handle.get().info().startInstant();
        return started == null || actual.isEmpty() || actual.get().equals(started);
    }

    /**
     * Sends {@code signal} (TERM or INT), waits up to {@code grace} for the process to exit, then kills it and
     * whatever it started. Does nothing when it is not {@link #isAlive() alive}.
     *
     * @return true if it exited within the grace period (or was already gone)
     */
    public boolean stop(String signal, Duration grace) {
        if (!isAlive()) {
            return true;
        }
        ProcessHandle handle = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> descendants = handle.descendants().toList();
        signal(pid, signal);
        if (awaitExit(grace)) {
            return true;
        }
        handle.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        awaitExit(Duration.ofSeconds(5));
        return false;
    }

    /** Polls until the process is gone or the timeout passes; true if it is gone. */
    public boolean awaitExit(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isAlive()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isAlive();
            }
        }
        return true;
    }

    /** TERM and KILL go through ProcessHandle; other signals (PostgreSQL wants INT) through kill(1). */
    static void signal(long pid, String signal) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty()) {
            return;
        }
        switch (signal) {
            case "TERM" -> handle.get().destroy();
            case "KILL" -> handle.get().destroyForcibly();
            default -> {
                try {
                    new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                            .redirectErrorStream(true)
                            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                            .start()
                            .waitFor();
                } catch (IOException e) {
                    throw new IllegalStateException("cannot run kill -" + signal + " " + pid, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** An orphan whose parent died may stay a zombie if PID 1 does not reap it; it is gone all the same. */
    private static boolean isZombie(long pid) {
        if (!Files.isDirectory(Path.of("/proc/self"))) {
            return false; // not Linux: trust ProcessHandle
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state == 'Z' || state == 'X';
        } catch (NoSuchFileException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: trust ProcessHandle
        }
    }
}
