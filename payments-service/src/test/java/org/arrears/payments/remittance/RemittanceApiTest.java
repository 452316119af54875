package org.arrears.payments.remittance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.arrears.payments.support.Fixtures;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class RemittanceApiTest {

    @Inject
    Fixtures fixtures;

    private final String creditor = "ACME-" + UUID.randomUUID();
    private final String other = "OTHER-" + UUID.randomUUID();
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeEach
    void terms() {
        Map<String, Object> terms = new HashMap<>(Fixtures.terms());
        terms.put("contingencyFeePercent", "33.33");
        Fixtures.putTerms(creditor, terms);
        Fixtures.putTerms(other, Fixtures.terms());
    }

    private static String pay(String account, String amount, String txn) {
        return given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                .body(Map.of("accountId", account, "amount", amount, "currency", "USD", "method", "ACH",
                        "processorTxnId", txn, "receivedAt", Instant.now().toString()))
                .post("/v1/payments").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.specification.RequestSpecification asOps() {
        return given().auth().oauth2(TestTokens.withRoles("ops"));
    }

    @Test
    void theStatementReconcilesToTheCentWithPaymentsMinusReversals() {
        String a = fixtures.account(creditor, "1000.00", "0", "0", "0");
        String b = fixtures.account(creditor, "1000.00", "0", "0", "0");
        List<String> amounts = List.of("100.00", "10.01", "0.05", "333.33", "19.99");
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            ids.add(pay(i % 2 == 0 ? a : b, amounts.get(i), "=txn-" + UUID.randomUUID()));
        }
        given().auth().oauth2(TestTokens.withRoles("service")).contentType(ContentType.JSON)
                .body(Map.of("reasonCode", "R01")).post("/v1/payments/{id}/reversal", ids.get(3)).then().statusCode(200);
        pay(fixtures.account(other, "50.00", "0", "0", "0"), "50.00", "txn-" + UUID.randomUUID());

        JsonPath s = asOps().queryParam("creditorId", creditor).queryParam("from", today.toString())
                .queryParam("to", today.toString()).get("/v1/remittances").then().statusCode(200)
                .body("lines", hasSize(6)).body("remitMode", equalTo("NET")).extract().jsonPath();

        BigDecimal gross = sum(amounts);
        BigDecimal fees = BigDecimal.ZERO;
        for (String amt : amounts) {
            fees = fees.add(RemittanceStatement.fee(new BigDecimal(amt), new BigDecimal("33.33")));
        }
        fees = fees.subtract(RemittanceStatement.fee(new BigDecimal("333.33"), new BigDecimal("33.33")));
        BigDecimal collected = gross.subtract(new BigDecimal("333.33"));
        assertThat(new BigDecimal(s.getString("totals[0].gross"))).isEqualByComparingTo(gross);
        assertThat(new BigDecimal(s.getString("totals[0].reversals"))).isEqualByComparingTo("333.33");
        assertThat(new BigDecimal(s.getString("totals[0].collected"))).isEqualByComparingTo(collected);
        assertThat(new BigDecimal(s.getString("totals[0].fee"))).isEqualByComparingTo(fees);
        assertThat(new BigDecimal(s.getString("totals[0].netToRemit"))).isEqualByComparingTo(collected.subtract(fees));
        assertThat(sum(s.getList("lines.amount"))).isEqualByComparingTo(collected);
        assertThat(sum(s.getList("lines.fee"))).isEqualByComparingTo(fees);
        assertThat(sum(s.getList("lines.net"))).isEqualByComparingTo(collected.subtract(fees));
        assertThat(s.getList("lines.accountId", String.class)).containsOnly(a, b);
    }

    @Test
    void theCsvHasOneRowPerLineATotalAndNoFormulas() {
        String a = fixtures.account(creditor, "1000.00", "0", "0", "0");
        pay(a, "100.00", "=HYPERLINK(\"evil\")-" + UUID.randomUUID());

        String csv = asOps().queryParam("creditorId", creditor).queryParam("from", today.toString())
                .queryParam("to", today.toString()).queryParam("format", "csv").get("/v1/remittances").then()
                .statusCode(200).contentType("text/csv").extract().asString();

        List<String> rows = List.of(csv.split("\r\n"));
        assertThat(rows).hasSize(3).first().isEqualTo(RemittanceCsv.HEADER);
        assertThat(rows.get(1)).startsWith("PAYMENT,").contains(",\"'=HYPERLINK(\"\"evil\"\")-")
                .endsWith(",USD,100.00,33.33,33.33,66.67");
        assertThat(rows.get(2)).isEqualTo("TOTAL,,,,,,,USD,100.00,,33.33,66.67");
    }

    @Test
    void aCreditorReadsItsOwnRemittanceOnly() {
        String a = fixtures.account(creditor, "1000.00", "0", "0", "0");
        pay(a, "10.00", "txn-" + UUID.randomUUID());

        given().auth().oauth2(TestTokens.creditor(creditor)).queryParam("from", today.toString())
                .queryParam("to", today.toString()).get("/v1/remittances").then().statusCode(200)
                .body("creditorId", equalTo(creditor)).body("lines", hasSize(1));
        given().auth().oauth2(TestTokens.creditor(other)).queryParam("creditorId", creditor)
                .queryParam("from", today.toString()).queryParam("to", today.toString()).get("/v1/remittances")
                .then().statusCode(404).body("type", equalTo(ProblemTypes.NOT_FOUND));
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("creditorId", creditor)
                .queryParam("from", today.toString()).queryParam("to", today.toString()).get("/v1/remittances")
                .then().statusCode(403);
    }

    @Test
    void aBadPeriodIsAValidationProblem() {
        asOps().queryParam("creditorId", creditor).queryParam("from", "2026-13-01").queryParam("to", "2026-11-01")
                .get("/v1/remittances").then().statusCode(400).body("violations[0].field", equalTo("from"));
        asOps().queryParam("creditorId", creditor).queryParam("from", "2026-11-02").queryParam("to", "2026-11-01")
                .get("/v1/remittances").then().statusCode(400).body("violations[0].field", equalTo("to"));
        asOps().queryParam("from", "2026-11-01").queryParam("to", "2026-11-01")
                .get("/v1/remittances").then().statusCode(400).body("violations[0].field", equalTo("creditorId"));
    }

    private static BigDecimal sum(List<?> values) {
        return values.stream().map(v -> new BigDecimal(v.toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
