package org.arrears.devstack;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import org.arrears.testkit.Ports;

/**
 * The TCP ports of one stack, all on 127.0.0.1: PostgreSQL, the Kafka broker and its KRaft controller, and one
 * HTTP port per service.
 */
public record StackPorts(int postgres, int kafka, int kafkaController, Map<ArrearsService, Integer> http) {

    public static final int DEFAULT_POSTGRES = 15432;
    public static final int DEFAULT_KAFKA = 19092;
    public static final int DEFAULT_KAFKA_CONTROLLER = 19093;

    public StackPorts {
        EnumMap<ArrearsService, Integer> copy = new EnumMap<>(ArrearsService.class);
        copy.putAll(http);
        for (ArrearsService service : ArrearsService.values()) {
            if (!copy.containsKey(service)) {
                throw new IllegalArgumentException("no HTTP port for " + service);
            }
        }
        http = Collections.unmodifiableMap(copy);
    }

    /** What a developer gets: services on 8081-8085, PostgreSQL 15432, Kafka 19092 (controller 19093). */
    public static StackPorts defaults() {
        return new StackPorts(DEFAULT_POSTGRES, DEFAULT_KAFKA, DEFAULT_KAFKA_CONTROLLER, httpFrom(8081));
    }

    /** Ports that are free right now: a stack that never clashes with a developer's (system tests). */
    public static StackPorts free() {
        EnumMap<ArrearsService, Integer> http = new EnumMap<>(ArrearsService.class);
        for (ArrearsService service : ArrearsService.values()) {
            http.put(service, Ports.free());
        }
        return new StackPorts(Ports.free(), Ports.free(), Ports.free(), http);
    }

    /** The services on consecutive ports from {@code first}, in {@link ArrearsService} order. */
    public StackPorts withHttpFrom(int first) {
        return new StackPorts(postgres, kafka, kafkaController, httpFrom(first));
    }

    public StackPorts withPostgres(int port) {
        return new StackPorts(port, kafka, kafkaController, http);
    }

    public StackPorts withKafka(int port) {
        return new StackPorts(postgres, port, kafkaController, http);
    }

    public StackPorts withKafkaController(int port) {
        return new StackPorts(postgres, kafka, port, http);
    }

    public int http(ArrearsService service) {
        return http.get(service);
    }

    private static Map<ArrearsService, Integer> httpFrom(int first) {
        EnumMap<ArrearsService, Integer> http = new EnumMap<>(ArrearsService.class);
        for (ArrearsService service : ArrearsService.values()) {
            http.put(service, first + service.ordinal());
        }
        return http;
    }
}
