package org.arrears.compliance.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.arrears.events.account.AccountPlaced;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
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
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class DebtProfileTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    DataSource dataSource;

    private final String creditor = "ACME-" + UUID.randomUUID();

    @Test
    void accountPlacedOpensTheDebtProfile() {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, "MA", "02134"));

        await().atMost(WAIT).untilAsserted(() -> given().auth().oauth2(TestTokens.withRoles("compliance"))
                .get("/v1/accounts/{id}/profile", account)
                .then().statusCode(200)
                .body("accountId", equalTo(account))
                .body("creditorId", equalTo(creditor))
                .body("state", equalTo("MA"))
                .body("postalCode", equalTo("02134"))
                .body("firstDelinquencyDate", equalTo("2025-09-01")));
        String openedAt = given().auth().oauth2(TestTokens.withRoles("compliance"))
                .get("/v1/accounts/{id}/profile", account).then().extract().path("openedAt");
        assertThat(Instant.parse(openedAt)).isBefore(Instant.now().plusSeconds(1));
    }

    @Test
    void aRedeliveredOrRepeatedPlacementChangesNothing() throws SQLException {
        String account = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, placed(account, "MA", "02134"), first);
        await().atMost(WAIT).until(() -> profile(account).statusCode() == 200);
        Map<String, Object> opened = profile(account).jsonPath().getMap("");

        CloudEventRecords.send(bootstrap, placed(account, "MA", "02134"), first);
        String second = CloudEventRecords.send(bootstrap, placed(account, "TX", "73301"));
        // Same key, same partition: once the second event is in the inbox, the redelivery before it was handled.
        await().atMost(WAIT).until(() -> inboxCount(second) == 1);

        assertThat(profile(account).jsonPath().getMap("")).isEqualTo(opened);
        assertThat(inboxCount(first)).isEqualTo(1);
        assertThat(profileCount(account)).isEqualTo(1);
    }

    @Test
    void anAccountWithoutAProfileIsANotFoundProblem() {
        given().auth().oauth2(TestTokens.withRoles("compliance"))
                .get("/v1/accounts/{id}/profile", UUID.randomUUID().toString())
                .then().statusCode(404).contentType(Problem.MEDIA_TYPE).body("type", equalTo(ProblemTypes.NOT_FOUND));
    }

    @Test
    void everyStaffRoleThatChecksContactMayReadProfiles() {
        for (String role : List.of("compliance", "agent", "dialer", "service", "ops")) {
            // 404, not 401 or 403: the role got past authorisation to the lookup.
            given().auth().oauth2(TestTokens.withRoles(role))
                    .get("/v1/accounts/{id}/profile", UUID.randomUUID().toString())
                    .then().statusCode(404);
        }
    }

    @Test
    void noTokenIs401AndAnotherRoleIs403() {
        String path = "/v1/accounts/" + UUID.randomUUID() + "/profile";
        given().get(path).then().statusCode(401).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.UNAUTHORIZED));
        given().auth().oauth2(TestTokens.creditor(creditor)).get(path).then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE).body("type", equalTo(ProblemTypes.FORBIDDEN));
        given().auth().oauth2(TestTokens.withRoles("legal")).get(path).then().statusCode(403);
    }

    private static io.restassured.response.Response profile(String account) {
        return given().auth().oauth2(TestTokens.withRoles("compliance")).get("/v1/accounts/{id}/profile", account);
    }

    private AccountPlaced placed(String account, String state, String postalCode) {
        return new AccountPlaced(account, creditor, "REF-" + UUID.randomUUID(), "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(new BigDecimal("1250.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2025-09-01"), "debtor-" + UUID.randomUUID(), state,
                postalCode, List.of(), List.of(), Instant.now());
    }

    private long inboxCount(String eventId) {
        return InboxProbe.count(dataSource, eventId);
    }

    private long profileCount(String account) throws SQLException {
        return count("SELECT count(*) FROM debt_profile WHERE account_id = ?", account);
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
