package org.arrears.devstack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What runs where, as written to {@code <root>/stack.json}: read by {@code ./arrears status} and {@code down},
 * and by the next start from the same root to stop what a killed run left behind.
 *
 * @param owner       the JVM that started the stack; the Kafka broker runs inside it
 * @param readyMillis from the start until every service was ready; null while starting
 */
public record StackState(String root, TrackedProcess owner, Instant startedAt, Long readyMillis,
        Postgres postgres, Kafka kafka, List<Service> services) {

    public StackState {
        services = services == null ? List.of() : List.copyOf(services);
    }

    public record Postgres(int port, TrackedProcess process, String user, String password) {
    }

    public record Kafka(String bootstrapServers, int port, int controllerPort) {
    }

    /** One service process: {@code url} is its base URL, {@code log} its stdout and stderr. */
    public record Service(String name, int port, String url, TrackedProcess process, String log) {
    }

    public StackState ready(long millis) {
        return new StackState(root, owner, startedAt, millis, postgres, kafka, services);
    }

    public Optional<Service> service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
