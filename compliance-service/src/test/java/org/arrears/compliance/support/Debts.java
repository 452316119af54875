package org.arrears.compliance.support;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.arrears.events.account.AccountPlaced;
import org.arrears.testkit.CloudEventRecords;
import org.arrears.testkit.TestTokens;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Opens debts through the real broker and asks checks through the API, for the service's HTTP tests. */
public final class Debts {

    public static final Duration WAIT = Duration.ofSeconds(30);
    /** A Georgia debtor's Atlanta mobile, with autodial consent: no state rules, Eastern time only. */
    public static final String MOBILE = "+14045550123";

    private Debts() {
    }

    /** Places an account (AccountPlaced through Kafka) and waits until its profile exists. */
    public static String open(String bootstrap, String state, String postalCode) {
        String account = UUID.randomUUID().toString();
        CloudEventRecords.send(bootstrap, new AccountPlaced(account, "ACME", "REF-" + account, "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(new BigDecimal("100.00"), BigDecimal.ZERO, BigDecimal.ZERO,
                        BigDecimal.ZERO),
                null, LocalDate.parse("2025-09-01"), null, state, postalCode,
                List.of(new AccountPlaced.Phone(MOBILE, "MOBILE", "CREDITOR", true)),
                List.of(new AccountPlaced.Email("Pat@Example.com", "DEBTOR")), Instant.now()));
        await().atMost(WAIT).until(() -> given().auth().oauth2(TestTokens.withRoles("compliance"))
                .get("/v1/accounts/{id}/profile", account).statusCode() == 200);
        return account;
    }

    public static Response check(String role, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.withRoles(role)).contentType(ContentType.JSON).body(body)
                .post("/v1/checks");
    }

    public static Map<String, Object> call(String account, String at, boolean record) {
        return Map.of("accountId", account, "channel", "CALL", "destination", MOBILE, "at", at, "record", record);
    }

    public static long count(DataSource ds, String sql, Object... args) {
        try (var c = ds.getConnection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
