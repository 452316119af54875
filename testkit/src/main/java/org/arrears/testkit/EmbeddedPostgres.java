package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 server in a child process, without Docker: binaries from the zonky jar, run as an
 * unprivileged user when the JVM is root (see {@link PostgresUser}).
 * <p>
 * Nothing leaks: a shutdown hook stops the server when the JVM exits normally, and every start first reaps
 * the temporary clusters of JVMs that died without running it.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    public static final String USERNAME = "postgres";
    public static final String PASSWORD = "postgres";

    static final String SCRATCH_KIND = "postgres";

    private static final Duration STOP_GRACE = Duration.ofSeconds(15);
    private static final int PORT_ATTEMPTS = 3;
    private static final System.Logger LOG = System.getLogger(EmbeddedPostgres.class.getName());

    private final int port;
    private final Path dataDir;
    /** Null for a view of a server another class loader started (see {@link #attach}). */
    private final Process process;
    /** Deleted on close; null for persistent clusters. */
    private final Path scratchDir;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private EmbeddedPostgres(int port, Path dataDir, Process process, Path scratchDir) {
        this.port = port;
        this.dataDir = dataDir;
        this.process = process;
        this.scratchDir = scratchDir;
        this.shutdownHook = new Thread(this::close, "embedded-postgres-stop-" + port);
        if (process != null) {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /** A throwaway cluster on a free port; its directory is deleted on close. Fast, not crash-safe. */
    public static EmbeddedPostgres startTemporary() {
        long started = System.nanoTime();
        reapAbandoned();
        Path scratch = ScratchDirs.create(SCRATCH_KIND);
        try {
            Path data = FileTrees.directory(scratch.resolve("data"), "rwx------");
            PostgresServerProcess.initdb(data, false);
            for (int attempt = 1;; attempt++) {
                int port = Ports.free();
                try {
                    Process process = PostgresServerProcess.start(data, port, false);
                    LOG.log(System.Logger.Level.INFO,
                            "Temporary PostgreSQL on port {0,number,#} ready in {1,number,#} ms ({2})", port,
                            (System.nanoTime() - started) / 1_000_000, data);
                    return new EmbeddedPostgres(port, data, process, scratch);
                } catch (PostgresServerProcess.PortTakenException e) {
                    if (attempt == PORT_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        } catch (RuntimeException e) {
            FileTrees.deleteRecursively(scratch);
            throw e;
        }
    }

    /**
     * A cluster that keeps its data in {@code dataDir} across restarts (the local dev stack). Runs initdb
     * only when the directory holds no cluster yet; fsync stays on.
     * <p>
     * Recovers from a killed run: a server left running by a JVM that is gone is stopped, and a stale
     * postmaster.pid is removed.
     *
     * @throws IllegalStateException if a live JVM's server still runs on the directory
     */
    public static EmbeddedPostgres startPersistent(Path dataDir, int port) {
        long started = System.nanoTime();
        reapAbandoned();
        Path data = dataDir.toAbsolutePath().normalize();
        if (!Files.exists(data.resolve("PG_VERSION"))) {
            initdbInPlace(data);
        }
        if (OwnerFile.ownerIsGone(data)) {
            // The server is a child process: a JVM killed with -9 leaves it running on the data directory.
            PostmasterPid.stopLeftover(data);
        }
        PostmasterPid.removeIfStale(data);
        Process process = PostgresServerProcess.start(data, port, true);
        OwnerFile.claim(data);
        LOG.log(System.Logger.Level.INFO, "PostgreSQL on port {0,number,#} ready in {1,number,#} ms ({2})", port,
                (System.nanoTime() - started) / 1_000_000, data);
        return new EmbeddedPostgres(port, data, process, null);
    }

    /**
     * Runs initdb in a sibling directory and renames it into place, so a run killed during initdb leaves no
     * half-made cluster that the next start would take for a real one.
     */
    private static void initdbInPlace(Path data) {
        try {
            if (Files.isDirectory(data)) {
                try (Stream<Path> entries = Files.list(data)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalStateException(data + " is neither empty nor a PostgreSQL data directory");
                    }
                }
                Files.delete(data);
            }
            Files.createDirectories(data.getParent());
            Path staging = Files.createTempDirectory(data.getParent(), data.getFileName() + ".initdb-");
            try {
                FileTrees.setMode(staging, "rwx------");
                PostgresServerProcess.initdb(staging, true);
                Files.move(staging, data);
            } finally {
                FileTrees.deleteRecursively(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a PostgreSQL cluster in " + data, e);
        }
    }

    /** A handle on a server started elsewhere in this JVM; closing it leaves the server running. */
    static EmbeddedPostgres attach(int port) {
        return new EmbeddedPostgres(port, null, null, null);
    }

    /** Stops servers and deletes directories left by JVMs that died without cleaning up. */
    static void reapAbandoned() {
        ScratchDirs.reapAbandoned(SCRATCH_KIND, dir -> PostmasterPid.stopLeftover(dir.resolve("data")));
    }

    /** Creates the database unless it exists. */
    public synchronized void createDatabase(String name) {
        try (Connection c = connect("postgres");
                PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database: someone else created it meanwhile
                throw new IllegalStateException("cannot create database " + name, e);
            }
        }
    }

    /** A new connection to the database as the superuser; the caller closes it. */
    public Connection connect(String database) throws SQLException {
        return connect(port, database);
    }

    /**
     * Uses the driver directly rather than DriverManager, which refuses drivers that the caller's class
     * loader cannot see (Quarkus test class loaders).
     */
    static Connection connect(int port, String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", USERNAME);
        props.setProperty("password", PASSWORD);
        props.setProperty("connectTimeout", "10");
        return new org.postgresql.Driver().connect(jdbcUrl(port, database), props);
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port, database);
    }

    private static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    public String username() {
        return USERNAME;
    }

    public String password() {
        return PASSWORD;
    }

    /** The cluster's data directory (holds postgres.log); null for an attached handle. */
    public Path dataDir() {
        return dataDir;
    }

    /** The postmaster's pid; -1 for an attached handle. */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    /** Fast shutdown (SIGINT), SIGKILL after 15 s; deletes a temporary cluster. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (process == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // we are the hook, or the JVM is exiting anyway
        }
        if (!OsProcesses.interruptThenKill(process.pid(), STOP_GRACE)) {
            LOG.log(System.Logger.Level.WARNING, "PostgreSQL on port {0,number,#} ignored SIGINT for {1}; killed it",
                    port, STOP_GRACE);
        }
        if (scratchDir != null) {
            FileTrees.deleteRecursively(scratchDir);
        }
    }
}
