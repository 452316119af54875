package org.arrears.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Operating-system process helpers (Linux): signals, liveness and running short commands. */
final class OsProcesses {

    private OsProcesses() {
    }

    /**
     * Whether the process exists and has not exited. A zombie counts as gone: an orphaned server whose JVM
     * was killed is re-parented to PID 1, which may never reap it, and ProcessHandle would call it alive.
     */
    static boolean isRunning(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // "pid (comm) S ...": comm may contain spaces and parentheses, so look after the last ')'.
            char state = stat.charAt(stat.lastIndexOf(')') + 2);
            return state != 'Z' && state != 'X';
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    /** The executable of a running process, when the OS tells. */
    static Optional<String> command(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().command());
    }

    /**
     * Stops a process with SIGINT (PostgreSQL's fast shutdown; SIGTERM would wait for every client to
     * disconnect), then SIGKILLs it and whatever it forked if it is still there after the grace period.
     * @return true if it exited within the grace period
     */
    static boolean interruptThenKill(long pid, Duration grace) {
        if (!isRunning(pid)) {
            return true;
        }
        List<ProcessHandle> children = ProcessHandle.of(pid).map(h -> h.descendants().toList()).orElse(List.of());
        signal(pid, "INT");
        if (awaitExit(pid, grace)) {
            return true;
        }
        signal(pid, "KILL");
        children.forEach(ProcessHandle::destroyForcibly);
        awaitExit(pid, Duration.ofSeconds(5));
        return false;
    }

    /** Sends a signal by name; a process that is already gone is not an error. */
    static void signal(long pid, String signal) {
        try {
            // Java can only send SIGTERM and SIGKILL itself.
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start()
                    .waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run kill", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static boolean awaitExit(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (isRunning(pid)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return !isRunning(pid);
            }
        }
        return true;
    }

    /** Runs a short command to completion and returns its combined output; fails on a non-zero exit. */
    static String run(List<String> command, Duration timeout) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            // Read before waiting: a full pipe would block the child.
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + timeout + ":\n" + out);
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code " + p.exitValue() + ":\n" + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
