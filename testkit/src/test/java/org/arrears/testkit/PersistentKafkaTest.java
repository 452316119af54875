package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PersistentKafkaTest {

    @Test
    void keepsTopicsAndRecordsAcrossRestarts(@TempDir Path root) {
        Path logDir = root.resolve("kafka");
        int port = Ports.free();
        int controllerPort = Ports.free();
        String bootstrap;
        try (EmbeddedKafka kafka = EmbeddedKafka.startPersistent(logDir, port, controllerPort)) {
            bootstrap = kafka.bootstrapServers();
            kafka.createTopics(2, "kept");
            KafkaTopicProbe.send(bootstrap, "kept", "k", Map.of(), "before restart".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(Ports.isListening("127.0.0.1", port)).isFalse();
        assertThat(logDir.resolve("meta.properties")).exists(); // close() keeps a persistent broker's data

        try (EmbeddedKafka again = EmbeddedKafka.startPersistent(logDir, port, controllerPort)) {
            var records = KafkaTopicProbe.awaitRecords(again.bootstrapServers(), "kept", r -> true, 1,
                    Duration.ofSeconds(20));
            assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("before restart");
        }
        assertThat(Files.exists(logDir)).isTrue();
    }
}
