package org.arrears.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import org.arrears.events.Topics;
import org.junit.jupiter.api.Test;

class StackTopicsTest {

    @Test
    void everyContractTopicAndItsDeadLetterTwin() {
        assertThat(StackTopics.all())
                .contains(Topics.ACCOUNT_EVENTS, Topics.deadLetterOf(Topics.ACCOUNT_EVENTS),
                        Topics.CONTACT_EVENTS, Topics.PAYMENT_EVENTS, Topics.SKIPTRACE_EVENTS,
                        Topics.COMPLIANCE_EVENTS, Topics.DIALER_REQUESTS, Topics.DIALER_DISPOSITIONS,
                        Topics.deadLetterOf(Topics.DIALER_DISPOSITIONS))
                .doesNotContain(Topics.DLQ_SUFFIX)
                .doesNotHaveDuplicates()
                .allSatisfy(topic -> assertThat(topic).startsWith("arrears."));
        long topics = StackTopics.all().stream().filter(t -> !t.endsWith(Topics.DLQ_SUFFIX)).count();
        assertThat(StackTopics.all()).hasSize((int) topics * 2);
    }
}
