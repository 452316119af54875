package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SharedInfraTest {

    static EmbeddedInfra infra;

    @BeforeAll
    static void start() {
        infra = EmbeddedInfra.shared();
    }

    @Test
    void sharedIsOneInstancePerJvmAndSurvivesClose() throws SQLException {
        infra.close();

        assertThat(EmbeddedInfra.shared()).isSameAs(infra);
        assertThat(queryString(infra.postgres(), "postgres", "SELECT 1")).isEqualTo("1");
    }

    @Test
    void jdbcQueryReachesARealPostgres17() throws SQLException {
        assertThat(queryString(infra.postgres(), "postgres", "SHOW server_version")).startsWith("17.");
        assertThat(queryString(infra.postgres(), "postgres", "SHOW max_connections")).isEqualTo("300");
        assertThat(queryString(infra.postgres(), "postgres", "SHOW fsync")).as("temporary: speed first")
                .isEqualTo("off");
        assertThat(queryString(infra.postgres(), "postgres", "SHOW listen_addresses")).isEqualTo("127.0.0.1");
        assertThat(infra.postgres().jdbcUrl("x"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:" + infra.postgres().port() + "/x");
    }

    @Test
    void createDatabaseIsIdempotent() throws SQLException {
        String db = "db_" + UUID.randomUUID().toString().replace("-", "");

        infra.postgres().createDatabase(db);
        infra.postgres().createDatabase(db);

        assertThat(queryString(infra.postgres(), db, "SELECT current_database()")).isEqualTo(db);
    }

    @Test
    void recordsRoundTripThroughKafka() {
        String bootstrap = infra.kafka().bootstrapServers();
        String topic = "probe-" + UUID.randomUUID();
        KafkaTopicProbe.send(bootstrap, topic, "other", Map.of(), bytes("noise"));
        KafkaTopicProbe.send(bootstrap, topic, "acc-1", Map.of("ce_type", "test.v1"), bytes("hello"));

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicProbe.awaitRecords(bootstrap, topic,
                r -> "acc-1".equals(r.key()), 1, Duration.ofSeconds(20));

        assertThat(records).hasSize(1);
        assertThat(new String(records.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("hello");
        assertThat(KafkaTopicProbe.header(records.get(0), "ce_type")).isEqualTo("test.v1");
    }

    @Test
    void awaitRecordsFailsWithACountWhenTooFewMatch() {
        String bootstrap = infra.kafka().bootstrapServers();
        String topic = "probe-" + UUID.randomUUID();
        KafkaTopicProbe.send(bootstrap, topic, "k", Map.of(), bytes("v"));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> KafkaTopicProbe.awaitRecords(bootstrap, topic,
                r -> true, 2, Duration.ofSeconds(3)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("got 1 out of 1 read");
    }

    @Test
    void autoCreatedTopicsGetThreePartitionsAndCreateTopicsIsIdempotent() throws Exception {
        String bootstrap = infra.kafka().bootstrapServers();
        String auto = "auto-" + UUID.randomUUID();
        String explicit = "explicit-" + UUID.randomUUID();
        KafkaTopicProbe.send(bootstrap, auto, "k", Map.of(), bytes("v"));

        infra.kafka().createTopics(5, explicit);
        infra.kafka().createTopics(5, explicit, auto);

        assertThat(partitions(bootstrap, auto)).isEqualTo(3);
        assertThat(partitions(bootstrap, explicit)).isEqualTo(5);
    }

    static String queryString(EmbeddedPostgres pg, String db, String sql) throws SQLException {
        try (Connection c = pg.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int partitions(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, TopicDescription> d = admin.describeTopics(Set.of(topic)).allTopicNames().get();
            return d.get(topic).partitions().size();
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
