package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/** The {@code postmaster.pid} lock file PostgreSQL keeps in its data directory while it runs. */
final class PostmasterPid {

    static final String FILE = "postmaster.pid";

    private static final System.Logger LOG = System.getLogger(PostmasterPid.class.getName());

    private PostmasterPid() {
    }

    /** The server's pid: the first line of the lock file, if there is one. */
    static OptionalLong read(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve(FILE));
            return lines.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * Deletes a lock file left by a server that was killed. PostgreSQL cannot do it itself here: it runs as
     * another user than the JVM, so its liveness probe (kill -0) on a recycled pid says "exists" and it
     * refuses to start. Safe to delete: orphaned backends still attached to the old shared memory are
     * detected by the server through the segment key derived from the data directory.
     *
     * @throws IllegalStateException if a PostgreSQL server is still running on this data directory
     */
    static void removeIfStale(Path dataDir) {
        OptionalLong pid = read(dataDir);
        if (pid.isEmpty()) {
            return;
        }
        if (isPostgres(pid.getAsLong())) {
            throw new IllegalStateException("PostgreSQL (pid " + pid.getAsLong() + ") is already running on "
                    + dataDir + "; stop it first");
        }
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
            LOG.log(System.Logger.Level.INFO, "Removed stale {0} of pid {1,number,#} from {2}", FILE,
                    pid.getAsLong(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove stale " + dataDir.resolve(FILE), e);
        }
    }

    /** Stops a server still running from a data directory whose JVM is gone. */
    static void stopLeftover(Path dataDir) {
        OptionalLong pid = read(dataDir);
        if (pid.isPresent() && isPostgres(pid.getAsLong())) {
            LOG.log(System.Logger.Level.INFO, "Stopping leftover PostgreSQL pid {0,number,#} on {1}",
                    pid.getAsLong(), dataDir);
            OsProcesses.interruptThenKill(pid.getAsLong(), Duration.ofSeconds(5));
        }
    }

    /** Running, and (when the OS tells) a postgres executable, not some process that got the pid later. */
    private static boolean isPostgres(long pid) {
        return OsProcesses.isRunning(pid)
                && OsProcesses.command(pid).map(c -> c.endsWith("/postgres") || c.equals("postgres")).orElse(true);
    }
}
