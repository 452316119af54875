package org.arrears.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/** The {@code kafka-storage.sh format} step a KRaft log directory needs before the first start. */
final class KafkaStorageFormat {

    private static final String META_PROPERTIES = "meta.properties";

    private KafkaStorageFormat() {
    }

    /**
     * Formats the log directory unless it already is (--ignore-formatted), so a persistent broker keeps its
     * topics and offsets across restarts. Calls StorageTool.execute, not main, which would System.exit.
     */
    static void formatIfNeeded(Properties brokerConfig, Path logDir) {
        Path configFile = null;
        try {
            configFile = Files.createTempFile("arrears-kafka-", ".properties");
            try (OutputStream out = Files.newOutputStream(configFile)) {
                brokerConfig.store(out, "embedded KRaft broker");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            int rc = kafka.tools.StorageTool.execute(new String[] {
                    "format", "-t", clusterId(logDir), "-c", configFile.toString(), "--ignore-formatted" },
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            if (rc != 0) {
                throw new IllegalStateException("kafka storage format failed (" + rc + "): "
                        + output.toString(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot format kafka storage in " + logDir, e);
        } finally {
            if (configFile != null) {
                try {
                    Files.deleteIfExists(configFile);
                } catch (IOException ignored) {
                    // a stray properties file in the temp dir is harmless
                }
            }
        }
    }

    /**
     * The cluster id the directory was formatted with, or a new one. --ignore-formatted alone is not enough:
     * Kafka 4.1 still rejects a formatted directory whose cluster id differs from the one passed.
     */
    private static String clusterId(Path logDir) throws IOException {
        Path meta = logDir.resolve(META_PROPERTIES);
        if (Files.exists(meta)) {
            Properties p = new Properties();
            try (InputStream in = Files.newInputStream(meta)) {
                p.load(in);
            }
            String id = p.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }
}
