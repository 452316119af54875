package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.arrears.events.Topics;
import org.arrears.events.account.AccountAssigned;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class CloudEventRecordsTest {

    @Test
    void sendsABinaryModeCloudEventKeyedByAccount() throws Exception {
        String bootstrap = EmbeddedInfra.shared().kafka().bootstrapServers();
        String accountId = "acc-" + UUID.randomUUID();
        AccountAssigned event = new AccountAssigned(accountId, "cred-1", "early-stage", 2, 7,
                Instant.parse("2025-03-04T05:06:07Z"));

        CloudEventRecords.send(bootstrap, event, "fixed-id");
        CloudEventRecords.send(bootstrap, event, "fixed-id");
        String randomId = CloudEventRecords.send(bootstrap, event);

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicProbe.awaitRecords(bootstrap,
                Topics.ACCOUNT_EVENTS, r -> accountId.equals(r.key()), 3, Duration.ofSeconds(20));
        assertThat(records).extracting(r -> KafkaTopicProbe.header(r, "ce_id"))
                .containsExactly("fixed-id", "fixed-id", randomId);
        ConsumerRecord<String, byte[]> first = records.get(0);
        assertThat(KafkaTopicProbe.header(first, "ce_specversion")).isEqualTo("1.0");
        assertThat(KafkaTopicProbe.header(first, "ce_type")).isEqualTo("org.arrears.account.assigned.v1");
        assertThat(KafkaTopicProbe.header(first, "ce_source")).isEqualTo("/arrears/test");
        assertThat(KafkaTopicProbe.header(first, "ce_subject")).isEqualTo(accountId);
        assertThat(Instant.parse(KafkaTopicProbe.header(first, "ce_time"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(KafkaTopicProbe.header(first, "content-type")).isEqualTo("application/json");

        JsonNode json = new ObjectMapper().readTree(first.value());
        assertThat(json.get("assignedAt").asText()).isEqualTo("2025-03-04T05:06:07Z");
        assertThat(json.get("accountId").asText()).isEqualTo(accountId);
        assertThat(json.get("priority").asInt()).isEqualTo(2);
    }
}
