package org.arrears.contact.workitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.contact.dispatch.Dispatcher;
import org.arrears.contact.support.Accounts;
import org.arrears.contact.support.ComplianceStubResource;
import org.arrears.events.account.AccountClosed;
import org.arrears.events.account.AccountRecalled;
import org.arrears.events.compliance.ComplianceHoldLifted;
import org.arrears.events.compliance.ComplianceHoldPlaced;
import org.arrears.events.payment.PaymentPromised;
import org.arrears.events.payment.PromiseBroken;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.InboxProbe;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** The work item follows the account's life as other services' events tell it, once per event. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "contact"))
@QuarkusTestResource(ComplianceStubResource.class)
class WorkItemLifecycleTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;
    @Inject
    Dispatcher dispatcher;

    private String account;

    @BeforeEach
    void assigned() {
        account = Accounts.newId();
        Accounts.phones(bootstrap, account, Accounts.mobile(Accounts.number(), 0.9));
        apply(Accounts.assign(bootstrap, account, Accounts.newQueue(), 300));
    }

    @Test
    void aHoldSuspendsAtOnceAndWithdrawsTheOpenRequest() throws SQLException {
        dispatcher.round();
        assertThat(string("open_request_id")).isNotNull();

        apply(hold("H1"));

        assertThat(string("status")).isEqualTo("SUSPENDED");
        assertThat(string("open_request_id")).isNull();
        dispatcher.round();
        assertThat(requests()).as("no new request while suspended").isEqualTo(1);
    }

    @Test
    void theItemResumesOnlyWhenEveryHoldIsLifted() throws SQLException {
        apply(hold("H1"));
        apply(hold("H2"));

        apply(lift("H1"));
        assertThat(string("status")).isEqualTo("SUSPENDED");

        apply(lift("H2"));
        assertThat(string("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aHoldBeforeTheAssignmentSuspendsTheNewItem() throws SQLException {
        account = Accounts.newId();
        apply(hold("EARLY"));
        apply(Accounts.assign(bootstrap, account, Accounts.newQueue(), 300));

        assertThat(string("status")).isEqualTo("SUSPENDED");
    }

    @Test
    void aPromisePausesUntilItsDateAndABrokenPromiseResumesHigherUp() throws SQLException {
        LocalDate until = LocalDate.now().plusDays(10);
        apply(CloudEventRecords.send(bootstrap, new PaymentPromised(account, "ACME", "P1", "PROMISE", "USD",
                until.minusDays(3), new BigDecimal("100.00"), new BigDecimal("100.00"), until, Instant.now())));

        assertThat(string("status")).isEqualTo("PAUSED");
        assertThat(string("paused_until")).isEqualTo(until.toString());
        dispatcher.round();
        assertThat(requests()).as("no request while paused").isZero();

        apply(CloudEventRecords.send(bootstrap, new PromiseBroken(account, "ACME", "P1", "PROMISE", 1,
                until.minusDays(3), new BigDecimal("100.00"), "USD", Instant.now())));

        assertThat(string("status")).isEqualTo("ACTIVE");
        assertThat(string("priority")).isEqualTo("200");
        dispatcher.round();
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void aHoldBeatsAPauseAndTheLiftLeavesThePause() throws SQLException {
        LocalDate until = LocalDate.now().plusDays(5);
        apply(CloudEventRecords.send(bootstrap, new PaymentPromised(account, "ACME", "P1", "PROMISE", "USD",
                until, new BigDecimal("50.00"), new BigDecimal("50.00"), until, Instant.now())));
        apply(hold("H1"));
        assertThat(string("status")).isEqualTo("SUSPENDED");

        apply(lift("H1"));
        assertThat(string("status")).isEqualTo("PAUSED");
    }

    @Test
    void aRecallEndsTheItemForGoodAndARedeliveryChangesNothing() throws SQLException {
        String recall = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, new AccountRecalled(account, "ACME", "CREDITOR_REQUEST", Instant.now()),
                recall);
        apply(recall);
        CloudEventRecords.send(bootstrap, new AccountRecalled(account, "ACME", "CREDITOR_REQUEST", Instant.now()),
                recall);
        apply(CloudEventRecords.send(bootstrap, new AccountClosed(account, "ACME", "RECALLED", Instant.now())));
        apply(lift("none"));

        assertThat(string("status")).isEqualTo("ENDED");
        assertThat(string("ended_reason")).isEqualTo("RECALLED");
        assertThat(InboxProbe.count(dataSource, recall)).isEqualTo(1);
        dispatcher.round();
        assertThat(requests()).isZero();
    }

    private String hold(String holdId) {
        return CloudEventRecords.send(bootstrap, new ComplianceHoldPlaced(account, account + holdId, "DISPUTE", null,
                "SYSTEM", Instant.now()));
    }

    private String lift(String holdId) {
        return CloudEventRecords.send(bootstrap, new ComplianceHoldLifted(account, account + holdId, "DISPUTE",
                "verification sent", "SYSTEM", Instant.now()));
    }

    private void apply(String eventId) {
        await().atMost(WAIT).until(() -> InboxProbe.applied(dataSource, eventId));
    }

    private String string(String column) throws SQLException {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT " + column + "::text FROM work_item WHERE account_id = ?")) {
            ps.setString(1, account);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).as("work item of " + account).isTrue();
                return rs.getString(1);
            }
        }
    }

    private long requests() throws SQLException {
        try (var c = dataSource.getConnection();
                var ps = c.prepareStatement("SELECT count(*) FROM contact_request WHERE account_id = ?")) {
            ps.setString(1, account);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
