package org.arrears.contact.queue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.contact.support.Accounts;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.contact.support.StubControl;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class NextItemsTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    @Test
    void nextItemsComeByPriorityAndLeaveOutDeniedSuspendedAndUnreachableOnes() {
        String queue = Accounts.newQueue();
        String urgent = workable(queue, 5);
        String usual = workable(queue, 50);
        String denied = workable(queue, 1);
        StubControl.deny(denied, Instant.now().plus(Duration.ofDays(1)));
        String held = workable(queue, 2);
        apply(CloudEventRecords.send(bootstrap, new ComplianceHoldPlaced(held, "H-" + held, "CEASE", null, "SYSTEM",
                Instant.now())));
        String noPhone = Accounts.newId();
        apply(Accounts.assign(bootstrap, noPhone, queue, 0));

        List<String> next = given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/v1/queues/" + queue + "/next?limit=5").then().statusCode(200)
                .body("[0].lineType", equalTo("MOBILE"))
                .extract().jsonPath().getList("accountId");

        assertThat(next).containsExactly(urgent, usual);
        assertThat(StubControl.checks(urgent).get(0).get("autodialed").asBoolean()).as("an agent dials by hand")
                .isFalse();
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/queues/" + queue + "/next?limit=1")
                .then().statusCode(200).body("accountId", equalTo(List.of(urgent)));
    }

    @Test
    void queuesCountTheirItemsByStatus() {
        String queue = Accounts.newQueue();
        workable(queue, 5);
        String held = workable(queue, 5);
        apply(CloudEventRecords.send(bootstrap, new ComplianceHoldPlaced(held, "H-" + held, "CEASE", null, "SYSTEM",
                Instant.now())));

        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/queues").then().statusCode(200)
                .body("find { it.queue == '" + queue + "' }.active", equalTo(1))
                .body("find { it.queue == '" + queue + "' }.byStatus.SUSPENDED", equalTo(1));
    }

    @Test
    void aLimitOutsideOneToFiftyIsRefused() {
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/queues/any/next?limit=0").then()
                .statusCode(400).body("violations[0].field", equalTo("limit"));
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/queues/any/next?limit=51").then()
                .statusCode(400);
        given().auth().oauth2(TestTokens.withRoles("dialer")).get("/v1/queues/any/next").then().statusCode(403);
    }

    private String workable(String queue, int priority) {
        String account = Accounts.newId();
        Accounts.phones(bootstrap, account, Accounts.mobile(Accounts.number(), 0.9));
        apply(Accounts.assign(bootstrap, account, queue, priority));
        return account;
    }

    private void apply(String eventId) {
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, eventId));
    }
}
