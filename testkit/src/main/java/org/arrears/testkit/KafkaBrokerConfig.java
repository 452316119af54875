package org.arrears.testkit;

import java.nio.file.Path;
import java.util.Properties;

/** The settings of the single-node KRaft broker: one JVM-local node that is both broker and controller. */
final class KafkaBrokerConfig {

    private KafkaBrokerConfig() {
    }

    /**
     * @param persistent the broker restarts on the same log directory (the local dev stack)
     */
    static Properties of(Path logDir, int port, int controllerPort, boolean persistent) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toString());

        // Topics a service or test produces to without creating them first get the partitions the real
        // topics have, so key-ordering behaviour is the same as in production.
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");

        // One node: internal topics cannot have more replicas; few partitions keep start-up fast.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");

        // Consumers join at once instead of waiting 3 s for more members.
        p.put("group.initial.rebalance.delay.ms", "0");
        // The compaction buffer defaults to 128 MiB of heap, taken from the test JVM the broker shares.
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        p.put("log.segment.bytes", String.valueOf(16 * 1024 * 1024));
        if (persistent) {
            // After a kill -9 the restarted controller lets the new broker register only once the old
            // broker's session has expired: 9 s by default, measured as 13 s vs 6 s restarts. Temporary
            // brokers never restart, so they keep the default and its tolerance of long pauses.
            p.put("broker.session.timeout.ms", "3000");
            p.put("broker.heartbeat.interval.ms", "500");
        }
        return p;
    }
}
