package org.arrears.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * What {@link LocalStack#start} starts: where its data lives, its ports, which service jars to run and how.
 *
 * @param root       data ({@code postgres/}, {@code kafka/}), {@code keys/}, {@code logs/} and {@code stack.json}
 * @param projectDir the checkout the jars come from; named in the error when a jar is missing
 * @param jars       the services to start and their quarkus-run.jar, in start order
 * @param jvmOptions options for each service's JVM, before {@code -jar}
 * @param progress   told about each step ("accounts-service ready in 9.1 s")
 */
public record StackConfig(Path root, Path projectDir, StackPorts ports, Map<ArrearsService, Path> jars,
        List<String> jvmOptions, Duration readyTimeout, Duration stopTimeout, int topicPartitions,
        Consumer<String> progress) {

    /** Small-footprint JVMs: five services and the broker share a laptop (or a 2-core CI box). */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError");
    public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(120);
    public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(20);
    public static final int DEFAULT_TOPIC_PARTITIONS = 4;

    public StackConfig {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(ports, "ports");
        root = root.toAbsolutePath().normalize();
        projectDir = projectDir == null ? null : projectDir.toAbsolutePath().normalize();
        EnumMap<ArrearsService, Path> copy = new EnumMap<>(ArrearsService.class);
        copy.putAll(jars);
        jars = Collections.unmodifiableMap(copy);
        jvmOptions = List.copyOf(jvmOptions);
        if (topicPartitions < 1) {
            throw new IllegalArgumentException("topicPartitions must be at least 1");
        }
        progress = progress == null ? message -> { } : progress;
    }

    /** All five services from the project checkout's {@code <service>/target/quarkus-app/quarkus-run.jar}. */
    public static StackConfig forProject(Path projectDir, Path root, StackPorts ports) {
        EnumMap<ArrearsService, Path> jars = new EnumMap<>(ArrearsService.class);
        for (ArrearsService service : ArrearsService.values()) {
            jars.put(service, service.runnerJarIn(projectDir.toAbsolutePath().normalize()));
        }
        return new StackConfig(root, projectDir, ports, jars, DEFAULT_JVM_OPTIONS, DEFAULT_READY_TIMEOUT,
                DEFAULT_STOP_TIMEOUT, DEFAULT_TOPIC_PARTITIONS, null);
    }

    /** Starts only these services (the database and topics of all five are still created). */
    public StackConfig withOnly(Collection<ArrearsService> services) {
        if (services.isEmpty()) {
            throw new IllegalArgumentException("at least one service must run");
        }
        EnumMap<ArrearsService, Path> kept = new EnumMap<>(ArrearsService.class);
        for (ArrearsService service : services) {
            Path jar = jars.get(service);
            if (jar == null) {
                throw new IllegalArgumentException("no jar configured for " + service);
            }
            kept.put(service, jar);
        }
        return new StackConfig(root, projectDir, ports, kept, jvmOptions, readyTimeout, stopTimeout,
                topicPartitions, progress);
    }

    public StackConfig withPorts(StackPorts newPorts) {
        return new StackConfig(root, projectDir, newPorts, jars, jvmOptions, readyTimeout, stopTimeout,
                topicPartitions, progress);
    }

    public StackConfig withReadyTimeout(Duration timeout) {
        return new StackConfig(root, projectDir, ports, jars, jvmOptions, timeout, stopTimeout, topicPartitions,
                progress);
    }

    public StackConfig withJvmOptions(List<String> options) {
        return new StackConfig(root, projectDir, ports, jars, options, readyTimeout, stopTimeout, topicPartitions,
                progress);
    }

    public StackConfig withProgress(Consumer<String> listener) {
        return new StackConfig(root, projectDir, ports, jars, jvmOptions, readyTimeout, stopTimeout,
                topicPartitions, listener);
    }

    public Collection<ArrearsService> services() {
        return jars.keySet();
    }
}
