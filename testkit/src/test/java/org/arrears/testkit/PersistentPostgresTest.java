package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersistentPostgresTest {

    Path root;
    Path data;
    int port;

    @BeforeEach
    void createRoot() throws Exception {
        // Not @TempDir: its 700 mode would keep the unprivileged server user out.
        root = Files.createTempDirectory(ScratchDirs.base(), "persistent-test-");
        FileTrees.setMode(root, "rwxr-xr-x");
        data = root.resolve("pg");
        port = Ports.free();
    }

    @AfterEach
    void deleteRoot() {
        PostmasterPid.stopLeftover(data);
        FileTrees.deleteRecursively(root);
    }

    @Test
    void keepsDataAcrossRestartsAndRecoversFromAKill() throws Exception {
        try (EmbeddedPostgres pg = EmbeddedPostgres.startPersistent(data, port)) {
            pg.createDatabase("ledger");
            execute(pg, "CREATE TABLE entry (id int PRIMARY KEY, note text)");
            execute(pg, "INSERT INTO entry VALUES (1, 'kept')");
            assertThat(SharedInfraTest.queryString(pg, "ledger", "SHOW fsync")).isEqualTo("on");
        }
        assertThat(Ports.isListening("127.0.0.1", port)).isFalse();
        assertThat(data).isDirectory(); // close() keeps a persistent cluster

        EmbeddedPostgres second = EmbeddedPostgres.startPersistent(data, port);
        assertThat(SharedInfraTest.queryString(second, "ledger", "SELECT note FROM entry WHERE id = 1"))
                .isEqualTo("kept");
        execute(second, "INSERT INTO entry VALUES (2, 'before the crash')");
        execute(second, "CHECKPOINT");

        // As if the JVM had been killed: the postmaster dies without removing postmaster.pid.
        OsProcesses.signal(second.pid(), "KILL");
        assertThat(OsProcesses.awaitExit(second.pid(), Duration.ofSeconds(10))).isTrue();
        assertThat(data.resolve(PostmasterPid.FILE)).exists();

        try (EmbeddedPostgres third = EmbeddedPostgres.startPersistent(data, port)) {
            assertThat(SharedInfraTest.queryString(third, "ledger", "SELECT count(*) FROM entry")).isEqualTo("2");
        } finally {
            second.close();
        }
    }

    @Test
    void stopsAServerLeftByADeadJvmButRefusesToShareOneWithALiveJvm() throws Exception {
        EmbeddedPostgres first = EmbeddedPostgres.startPersistent(data, port);
        try {
            assertThatThrownBy(() -> EmbeddedPostgres.startPersistent(data, Ports.free()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already running");

            // Pretend the owning JVM was killed (pid_max here is far below this pid).
            Files.writeString(data.resolve(OwnerFile.NAME), "4999999\n");
            try (EmbeddedPostgres second = EmbeddedPostgres.startPersistent(data, port)) {
                assertThat(OsProcesses.isRunning(first.pid())).isFalse();
                assertThat(SharedInfraTest.queryString(second, "postgres", "SELECT 1")).isEqualTo("1");
            }
        } finally {
            first.close();
        }
    }

    private static void execute(EmbeddedPostgres pg, String sql) throws SQLException {
        try (Connection c = pg.connect("ledger"); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
