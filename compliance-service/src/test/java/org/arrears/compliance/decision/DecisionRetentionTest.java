package org.arrears.compliance.decision;

import static org.arrears.compliance.support.Debts.call;
import static org.arrears.compliance.support.Debts.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.compliance.support.Debts;
import org.arrears.testkit.ArrearsTestResource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class DecisionRetentionTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;
    @Inject
    DecisionRetention retention;

    @Test
    void onlyAccountsIdleForMoreThanThreeYearsLoseTheirAudit() throws SQLException {
        String idle = UUID.randomUUID().toString();
        String recentlyActive = UUID.randomUUID().toString();
        String held = UUID.randomUUID().toString();
        Instant longAgo = Instant.now().minus(Duration.ofDays(DecisionRetention.MINIMUM_DAYS + 1));
        Instant justInside = Instant.now().minus(Duration.ofDays(DecisionRetention.MINIMUM_DAYS - 1));
        decision(idle, longAgo);
        ledger(idle, longAgo);
        decision(recentlyActive, longAgo);
        decision(recentlyActive, justInside);
        decision(held, longAgo);
        hold(held, longAgo);
        String live = Debts.open(bootstrap, "GA", "30301");
        check("dialer", call(live, "2026-12-01T15:00:00Z", true));

        retention.purge();

        assertThat(decisions(idle)).isZero();
        assertThat(Debts.count(dataSource, "SELECT count(*) FROM contact_record WHERE account_id = ?", idle)).isZero();
        assertThat(decisions(recentlyActive)).isEqualTo(2);
        assertThat(decisions(held)).isEqualTo(1);
        assertThat(decisions(live)).isEqualTo(1);
    }

    private long decisions(String account) {
        return Debts.count(dataSource, "SELECT count(*) FROM compliance_decision WHERE account_id = ?", account);
    }

    private void decision(String account, Instant at) throws SQLException {
        exec("INSERT INTO compliance_decision (check_id, account_id, decided_at, caller, caller_roles, request,"
                + " decision, reasons, time_zones, jurisdictions, rule_set_version, recorded) VALUES (?, ?, ?, 'u',"
                + " 'dialer', '{}', 'ALLOW', '[]', 'America/New_York', '', 'v', false)", UUID.randomUUID(), account,
                Timestamp.from(at));
    }

    private void ledger(String account, Instant at) throws SQLException {
        exec("INSERT INTO contact_record (account_id, channel, destination, direction, occurred_at, recorded_at)"
                + " VALUES (?, 'CALL', '+14045550123', 'OUTBOUND', ?, ?)", account, Timestamp.from(at),
                Timestamp.from(at));
    }

    private void hold(String account, Instant at) throws SQLException {
        exec("INSERT INTO compliance_hold (hold_id, account_id, type, placed_by, placed_at) VALUES (?, ?, 'CEASE',"
                + " 'u', ?)", UUID.randomUUID(), account, Timestamp.from(at));
    }

    private void exec(String sql, Object... args) throws SQLException {
        try (var c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }
}
