package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Runs initdb and starts the postgres server process; knows the server settings. */
final class PostgresServerProcess {

    static final String LOG_FILE = "postgres.log";

    private static final Duration INITDB_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private PostgresServerProcess() {
    }

    /**
     * Creates a cluster in an empty directory. Trust authentication: the server listens on 127.0.0.1 only
     * and holds test or local data; the password exists because JDBC URLs and Quarkus config want one.
     *
     * @param durable false skips the final fsync of the new files (throwaway clusters)
     */
    static void initdb(Path dataDir, boolean durable) {
        PostgresUser user = PostgresUser.current();
        user.own(dataDir);
        List<String> cmd = new ArrayList<>(List.of(PostgresBinaries.binDir().resolve("initdb").toString(),
                "-D", dataDir.toString(), "-U", EmbeddedPostgres.USERNAME, "-A", "trust", "-E", "UTF8",
                "--locale=C", "--no-instructions"));
        if (!durable) {
            cmd.add("--no-sync");
        }
        OsProcesses.run(user.command(cmd), INITDB_TIMEOUT);
    }

    /**
     * Starts the server and waits until it accepts connections.
     *
     * @param durable false trades crash safety for speed (fsync off): right for throwaway test clusters
     * @throws PortTakenException if another process bound the port first
     */
    static Process start(Path dataDir, int port, boolean durable) {
        PostgresUser user = PostgresUser.current();
        user.own(dataDir);
        List<String> cmd = new ArrayList<>(List.of(PostgresBinaries.binDir().resolve("postgres").toString(),
                "-D", dataDir.toString()));
        settings(port, durable).forEach(s -> cmd.addAll(List.of("-c", s)));
        Path log = dataDir.resolve(LOG_FILE);
        Process process;
        try {
            process = new ProcessBuilder(user.command(cmd))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start postgres", e);
        }
        try {
            awaitReady(process, port, log);
            return process;
        } catch (RuntimeException e) {
            OsProcesses.interruptThenKill(process.pid(), Duration.ofSeconds(5));
            throw e;
        }
    }

    static List<String> settings(int port, boolean durable) {
        List<String> s = new ArrayList<>(List.of(
                "port=" + port,
                "listen_addresses=127.0.0.1",
                // Five services, each with a connection pool, share one server in the local stack.
                "max_connections=300",
                // TCP only: no socket file to collide on or to outgrow the 107-byte socket path limit.
                "unix_socket_directories=",
                // A lost last-moment commit after a crash is fine for tests and a local stack.
                "synchronous_commit=off"));
        if (!durable) {
            s.addAll(List.of("fsync=off", "full_page_writes=off"));
        }
        return s;
    }

    private static void awaitReady(Process process, int port, Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = tail(log);
                if (tail.contains("could not bind") || tail.contains("Address already in use")) {
                    throw new PortTakenException(port);
                }
                throw new IllegalStateException("postgres exited with code " + process.exitValue() + ":\n" + tail);
            }
            try (Connection ignored = EmbeddedPostgres.connect(port, "postgres")) {
                return;
            } catch (SQLException e) {
                last = e; // refused, or "the database system is starting up"
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for postgres", e);
            }
        }
        throw new IllegalStateException("postgres not ready after " + START_TIMEOUT + ":\n" + tail(log), last);
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** The chosen port was taken between choosing and binding it; a caller that picked it may pick again. */
    static final class PortTakenException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        PortTakenException(int port) {
            super("port " + port + " is already in use");
        }
    }
}
