package org.arrears.payments.support;

import static io.restassured.RestAssured.given;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.arrears.events.ArrearsEvent;
import org.arrears.events.EventCatalog;
import org.arrears.events.account.AccountPlaced;
import org.arrears.payments.balance.BalanceService;
import org.arrears.testkit.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;

/**
 * Sets the scene for API tests: accounts opened through the same service call the AccountPlaced handler makes
 * (the Kafka path has its own test), terms through the API, and a look into the outbox to count events.
 */
@ApplicationScoped
public class Fixtures {

    @Inject
    BalanceService balances;
    @Inject
    DataSource dataSource;

    /** An account of the creditor with principal, interest, fees and costs as given (USD). */
    public String account(String creditorId, String principal, String interest, String fees, String costs) {
        String id = UUID.randomUUID().toString();
        AccountPlaced placed = new AccountPlaced(id, creditorId, "REF-" + id, "CREDIT_CARD", "USD",
                new AccountPlaced.Balances(new BigDecimal(principal), new BigDecimal(interest), new BigDecimal(fees),
                        new BigDecimal(costs)),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2025-09-01"), "debtor-" + id, "MA", "02134", List.of(),
                List.of(), Instant.now());
        QuarkusTransaction.requiringNew().run(() -> balances.open(placed));
        return id;
    }

    /** Terms: fee 30% NET, settlements from 60%, 6 installments, first payment 50.00 within 30 days, grace 5. */
    public static Map<String, Object> terms() {
        return Map.of("contingencyFeePercent", "30", "remitMode", "NET", "minSettlementPercent", "60",
                "maxInstallments", 6, "minFirstPayment", "50.00", "maxDaysToFirstDue", 30, "graceDays", 5,
                "allocationOrder", List.of("FEES", "COSTS", "INTEREST", "PRINCIPAL"));
    }

    public static void putTerms(String creditorId, Map<String, Object> terms) {
        given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON).body(terms)
                .put("/v1/creditors/{id}/terms", creditorId).then().statusCode(200);
    }

    /** Outbox rows of this event type whose payload mentions {@code id} (a plan, payment or account id). */
    public int events(Class<? extends ArrearsEvent> type, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM outbox_event WHERE event_type = ? AND payload LIKE ?")) {
            ps.setString(1, EventCatalog.typeOf(type));
            ps.setString(2, "%" + id + "%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payloads of those rows, oldest first. */
    public List<String> payloads(Class<? extends ArrearsEvent> type, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT payload FROM outbox_event WHERE event_type = ? AND payload LIKE ? ORDER BY id")) {
            ps.setString(1, EventCatalog.typeOf(type));
            ps.setString(2, "%" + id + "%");
            try (ResultSet rs = ps.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
