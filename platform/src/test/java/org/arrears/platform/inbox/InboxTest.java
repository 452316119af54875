package org.arrears.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.arrears.events.Topics;
import org.arrears.platform.event.CloudEventHeaders;
import org.arrears.platform.support.Effects;
import org.arrears.platform.support.RecordingHandler;
import org.arrears.platform.support.TestEvents;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.KafkaTopicProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class InboxTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Inject
    Effects effects;
    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void sameEventDeliveredTwiceIsAppliedOnce() {
        String account = "inbox-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, TestEvents.placed(account, "CRED", "once"), eventId);
        CloudEventRecords.send(bootstrap, TestEvents.placed(account, "CRED", "once"), eventId);
        // Same key, same partition: once the marker is applied, both copies before it have been handled.
        String marker = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, TestEvents.placed(account, "CRED", "marker"), marker);

        await().atMost(WAIT).until(() -> effects.countForEvent(marker) == 1);
        assertThat(effects.countForEvent(eventId)).isEqualTo(1);
    }

    @Test
    void poisonEventGoesToTheDeadLetterTopicAndTheNextEventIsApplied() {
        String account = "poison-" + UUID.randomUUID();
        String poison = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, TestEvents.placed(account, "CRED", RecordingHandler.POISON), poison);
        CloudEventRecords.send(bootstrap, TestEvents.placed(account, "CRED", "after-poison"), next);

        await().atMost(WAIT).until(() -> effects.countForEvent(next) == 1);
        assertThat(effects.countForEvent(poison)).as("the failed effect was rolled back").isZero();

        List<ConsumerRecord<String, byte[]>> letters = KafkaTopicProbe.awaitRecords(bootstrap,
                Topics.deadLetterOf(Topics.ACCOUNT_EVENTS),
                r -> poison.equals(CloudEventHeaders.read(r.headers(), CloudEventHeaders.ID)), 1, WAIT);
        ConsumerRecord<String, byte[]> letter = letters.get(0);
        assertThat(letter.key()).isEqualTo(account);
        assertThat(CloudEventHeaders.read(letter.headers(), DeadLetters.REASON)).contains("can never be applied");
        assertThat(CloudEventHeaders.read(letter.headers(), DeadLetters.CONSUMER_GROUP)).isEqualTo("platform-test");
        assertThat(CloudEventHeaders.read(letter.headers(), DeadLetters.TOPIC)).isEqualTo(Topics.ACCOUNT_EVENTS);
        assertThat(new String(letter.value(), StandardCharsets.UTF_8)).contains(RecordingHandler.POISON);
    }

    @Test
    void recordThatIsNotACloudEventGoesToTheDeadLetterTopic() {
        String key = "garbage-" + UUID.randomUUID();
        KafkaTopicProbe.send(bootstrap, Topics.ACCOUNT_EVENTS, key, Map.of(),
                "not json at all".getBytes(StandardCharsets.UTF_8));

        List<ConsumerRecord<String, byte[]>> letters = KafkaTopicProbe.awaitRecords(bootstrap,
                Topics.deadLetterOf(Topics.ACCOUNT_EVENTS), r -> key.equals(r.key()), 1, WAIT);
        assertThat(CloudEventHeaders.read(letters.get(0).headers(), DeadLetters.REASON)).contains("ce_id");
    }
}
