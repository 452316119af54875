package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class EmbeddedInfraLifecycleTest {

    @Test
    void closeStopsBothServersAndDeletesTheirFiles() throws Exception {
        EmbeddedInfra infra = EmbeddedInfra.startTemporary();
        EmbeddedPostgres pg = infra.postgres();
        long pid = pg.pid();
        int pgPort = pg.port();
        Path pgScratch = pg.dataDir().getParent();
        int kafkaPort = infra.kafka().port();
        Path kafkaScratch = infra.kafka().logDir().getParent();

        assertThat(SharedInfraTest.queryString(pg, "postgres", "SELECT 42")).isEqualTo("42");
        assertThat(OsProcesses.isRunning(pid)).isTrue();
        assertThat(Files.readString(pgScratch.resolve(OwnerFile.NAME)))
                .startsWith(ProcessHandle.current().pid() + "\n");
        assertThat(Ports.isListening("127.0.0.1", kafkaPort)).isTrue();

        infra.close();

        assertThat(OsProcesses.isRunning(pid)).as("postgres process").isFalse();
        assertThat(Ports.isListening("127.0.0.1", pgPort)).as("postgres port").isFalse();
        assertThat(pgScratch).doesNotExist();
        assertThat(Ports.isListening("127.0.0.1", kafkaPort)).as("kafka port").isFalse();
        assertThat(kafkaScratch).doesNotExist();

        infra.close(); // idempotent
    }
}
