package org.arrears.contact.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.arrears.events.Topics;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.testkit.ArrearsTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The consumed topics are spelled out in application.properties; this keeps them equal to the contract's. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class InboundTopicsTest {

    @ConfigProperty(name = "mp.messaging.incoming.arrears-in.topics")
    List<String> topics;

    @Test
    void consumesAccountPaymentComplianceEventsAndDispositions() {
        assertThat(topics).containsExactlyInAnyOrder(Topics.ACCOUNT_EVENTS, Topics.PAYMENT_EVENTS,
                Topics.COMPLIANCE_EVENTS, Topics.DIALER_DISPOSITIONS);
    }
}
