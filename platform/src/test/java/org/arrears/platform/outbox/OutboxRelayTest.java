package org.arrears.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.arrears.events.Topics;
import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.event.CloudEventHeaders;
import org.arrears.platform.support.Effects;
import org.arrears.platform.support.RelayFault;
import org.arrears.platform.support.TestEvents;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.KafkaTopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class OutboxRelayTest {

    private static final int ACCOUNTS = 10;
    private static final int EVENTS_PER_ACCOUNT = 100;
    private static final int TOTAL = ACCOUNTS * EVENTS_PER_ACCOUNT;

    @Inject
    Outbox outbox;
    @Inject
    OutboxRelay relay;
    @Inject
    RelayFault fault;
    @Inject
    Effects effects;
    @Inject
    ObjectMapper mapper;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void publishesThousandEventsOnceEachInOrderPerAccount() {
        String run = "order-" + UUID.randomUUID() + "-";
        writeEvents(run);

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicProbe.awaitRecords(bootstrap, Topics.ACCOUNT_EVENTS,
                r -> r.key() != null && r.key().startsWith(run), TOTAL, Duration.ofSeconds(90));

        assertThat(records).hasSize(TOTAL);
        assertThat(records.stream().map(r -> header(r, CloudEventHeaders.ID)).distinct()).hasSize(TOTAL);
        assertInOrderPerAccount(records);
        ConsumerRecord<String, byte[]> any = records.get(0);
        assertThat(header(any, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(any, CloudEventHeaders.TYPE)).isEqualTo("org.arrears.account.placed.v1");
        assertThat(header(any, CloudEventHeaders.SOURCE)).isEqualTo("/arrears/platform-test");
        assertThat(header(any, CloudEventHeaders.SUBJECT)).isEqualTo(any.key());
        assertThat(header(any, CloudEventHeaders.TIME)).isNotBlank();
        assertThat(header(any, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    }

    @Test
    void relayStoppedMidBatchAndRestartedLosesNothingAndDuplicatesAreIgnoredByTheInbox() {
        String run = "crash-" + UUID.randomUUID() + "-";
        relay.stop();
        writeEvents(run);
        fault.arm(run, 3);
        relay.start();
        await().atMost(Duration.ofSeconds(60)).until(fault::fired);
        relay.stop(); // the process "dies": the failed batch reached Kafka but is still pending in the outbox
        fault.disarm();
        assertThat(pendingRows(run)).isGreaterThan(0);

        relay.start();
        await().atMost(Duration.ofSeconds(90)).until(() -> pendingRows(run) == 0);
        await().atMost(Duration.ofSeconds(90)).until(() -> effects.distinctEventsForAccountPrefix(run) == TOTAL);

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicProbe.awaitRecords(bootstrap, Topics.ACCOUNT_EVENTS,
                r -> r.key() != null && r.key().startsWith(run), TOTAL + 1, Duration.ofSeconds(30));
        Map<String, byte[]> firstPayloadById = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            byte[] earlier = firstPayloadById.putIfAbsent(header(r, CloudEventHeaders.ID), r.value());
            if (earlier != null) {
                assertThat(r.value()).as("a repeat is the same event, not a new one").isEqualTo(earlier);
            }
        }
        assertThat(firstPayloadById).hasSize(TOTAL);
        assertThat(records.size()).as("the crashed batch was published again").isGreaterThan(TOTAL);
        assertInOrderPerAccount(records);
        assertThat(effects.countForAccountPrefix(run)).as("each event applied once by the inbox").isEqualTo(TOTAL);
    }

    /** 1,000 events: ten accounts, a hundred transactions each writing one event per account. */
    private void writeEvents(String run) {
        for (int seq = 0; seq < EVENTS_PER_ACCOUNT; seq++) {
            List<AccountPlaced> batch = new ArrayList<>();
            for (int a = 0; a < ACCOUNTS; a++) {
                batch.add(TestEvents.placed(run + a, "CRED", String.format("seq-%03d", seq)));
            }
            QuarkusTransaction.requiringNew().run(() -> outbox.publishAll(batch));
        }
    }

    /** Taking each event id at its first appearance, every account's sequence numbers ascend. */
    private void assertInOrderPerAccount(List<ConsumerRecord<String, byte[]>> records) {
        Set<String> seen = new LinkedHashSet<>();
        Map<String, List<String>> seqByAccount = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            if (seen.add(header(r, CloudEventHeaders.ID))) {
                seqByAccount.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(creditorRef(r));
            }
        }
        assertThat(seqByAccount).hasSize(ACCOUNTS);
        seqByAccount.values().forEach(seqs -> assertThat(seqs).hasSize(EVENTS_PER_ACCOUNT).isSorted());
    }

    private String creditorRef(ConsumerRecord<String, byte[]> r) {
        try {
            return mapper.readTree(r.value()).get("creditorRef").asText();
        } catch (Exception e) {
            throw new AssertionError(new String(r.value(), StandardCharsets.UTF_8), e);
        }
    }

    private long pendingRows(String run) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (var c = io.quarkus.arc.Arc.container().instance(javax.sql.DataSource.class).get().getConnection();
                    var ps = c.prepareStatement(
                            "SELECT count(*) FROM outbox_event WHERE published_at IS NULL AND event_key LIKE ?")) {
                ps.setString(1, run + "%");
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        return CloudEventHeaders.read(r.headers(), name);
    }
}
