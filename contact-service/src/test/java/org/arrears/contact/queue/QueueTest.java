package org.arrears.contact.queue;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.events.account.AccountAssigned;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.InboxProbe;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class QueueTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    /** Queues are shared by every test of the JVM; each test works in queues of its own. */
    private final String prefix = "Q-" + UUID.randomUUID();

    @Test
    void anAssignedAccountBecomesAnActiveItemInItsQueue() {
        String queue = prefix + "-EARLY";
        CloudEventRecords.send(bootstrap, assigned(UUID.randomUUID().toString(), queue));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.withRoles("agent"))
                .get("/v1/queues")
                .then().statusCode(200)
                .body(entry(queue, "active"), equalTo(1))
                .body(entry(queue, "oldestItemAt"), notNullValue()));
    }

    @Test
    void queuesCountTheirItemsKeepTheOldestAndComeByName() {
        String a = prefix + "-A";
        String b = prefix + "-B";
        CloudEventRecords.send(bootstrap, assigned(UUID.randomUUID().toString(), b));
        await().atMost(WAIT).until(() -> activeIn(b) == 1);
        String oldest = summary(b).get("oldestItemAt").toString();

        CloudEventRecords.send(bootstrap, assigned(UUID.randomUUID().toString(), b));
        CloudEventRecords.send(bootstrap, assigned(UUID.randomUUID().toString(), a));
        await().atMost(WAIT).until(() -> activeIn(b) == 2 && activeIn(a) == 1);

        assertThat(summary(b).get("oldestItemAt")).isEqualTo(oldest);
        List<String> ours = queues().stream().map(q -> q.get("queue").toString()).filter(q -> q.startsWith(prefix))
                .toList();
        assertThat(ours).containsExactly(a, b);
    }

    @Test
    void aRedeliveredOrRepeatedAssignmentOpensNoSecondItem() throws SQLException {
        String account = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String queue = prefix + "-FIRST";
        String other = prefix + "-OTHER";
        CloudEventRecords.send(bootstrap, assigned(account, queue), first);
        await().atMost(WAIT).until(() -> activeIn(queue) == 1);

        CloudEventRecords.send(bootstrap, assigned(account, queue), first);
        String second = CloudEventRecords.send(bootstrap, assigned(account, other));
        // Same key, same partition: once the second event is in the inbox, the redelivery before it was handled.
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, second));

        assertThat(activeIn(queue)).isEqualTo(1);
        assertThat(summary(other)).isNull();
        assertThat(count("SELECT count(*) FROM work_item WHERE account_id = ?", account)).isEqualTo(1);
        assertThat(InboxProbe.count(dataSource, first)).isEqualTo(1);
    }

    @Test
    void agentsAndOpsMayListQueuesAndNoOneElse() {
        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/queues").then().statusCode(200);
        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/queues").then().statusCode(200);
        given().get("/v1/queues").then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.UNAUTHORIZED));
        given().auth().oauth2(TestTokens.withRoles("dialer")).get("/v1/queues").then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo(ProblemTypes.FORBIDDEN));
        given().auth().oauth2(TestTokens.creditor("ACME-" + UUID.randomUUID())).get("/v1/queues")
                .then().statusCode(403);
    }

    private static String entry(String queue, String field) {
        return "find { it.queue == '" + queue + "' }." + field;
    }

    private static List<Map<String, Object>> queues() {
        return given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/queues")
                .then().statusCode(200).extract().jsonPath().getList("");
    }

    private static Map<String, Object> summary(String queue) {
        return queues().stream().filter(q -> queue.equals(q.get("queue"))).findFirst().orElse(null);
    }

    private static int activeIn(String queue) {
        Map<String, Object> s = summary(queue);
        return s == null ? 0 : ((Number) s.get("active")).intValue();
    }

    private static AccountAssigned assigned(String account, String queue) {
        return new AccountAssigned(account, "ACME-" + UUID.randomUUID(), queue, 5, 1, Instant.now());
    }

    private long count(String sql, String arg) throws SQLException {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
