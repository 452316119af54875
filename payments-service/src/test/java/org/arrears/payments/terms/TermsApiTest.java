package org.arrears.payments.terms;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.arrears.payments.support.Fixtures;
import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "payments"))
class TermsApiTest {

    private final String creditor = "ACME-" + UUID.randomUUID();

    private static ValidatableResponse put(String creditorId, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.withRoles("ops")).contentType(ContentType.JSON).body(body)
                .put("/v1/creditors/{id}/terms", creditorId).then();
    }

    @Test
    void opsSetTermsAsVersionsAndAnUnchangedPutMakesNoNewVersion() {
        put(creditor, Fixtures.terms()).statusCode(200)
                .body("version", equalTo(1))
                .body("contingencyFeePercent", equalTo("30.00"))
                .body("minFirstPayment", equalTo("50.00"))
                .body("allocationOrder", contains("FEES", "COSTS", "INTEREST", "PRINCIPAL"));
        put(creditor, Fixtures.terms()).statusCode(200).body("version", equalTo(1));

        Map<String, Object> changed = new HashMap<>(Fixtures.terms());
        changed.put("allocationOrder", List.of("PRO_RATA"));
        put(creditor, changed).statusCode(200).body("version", equalTo(2));

        given().auth().oauth2(TestTokens.withRoles("agent")).get("/v1/creditors/{id}/terms", creditor)
                .then().statusCode(200).body("version", equalTo(2)).body("allocationOrder", contains("PRO_RATA"));
        given().auth().oauth2(TestTokens.withRoles("agent")).queryParam("version", 1)
                .get("/v1/creditors/{id}/terms", creditor)
                .then().statusCode(200).body("allocationOrder", contains("FEES", "COSTS", "INTEREST", "PRINCIPAL"));
    }

    @Test
    void invalidTermsAreAValidationProblemNamingEachField() {
        Map<String, Object> bad = new HashMap<>(Fixtures.terms());
        bad.put("contingencyFeePercent", "120");
        bad.put("graceDays", -1);
        bad.put("allocationOrder", List.of("FEES", "FEES"));

        put(creditor, bad).statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("violations.field", hasItems("contingencyFeePercent", "graceDays", "allocationOrder"));
        given().auth().oauth2(TestTokens.withRoles("ops")).get("/v1/creditors/{id}/terms", creditor)
                .then().statusCode(404);
    }

    @Test
    void aCreditorReadsItsOwnTermsOnlyAndOnlyOpsMaySetThem() {
        put(creditor, Fixtures.terms()).statusCode(200);

        given().auth().oauth2(TestTokens.creditor(creditor)).get("/v1/creditors/{id}/terms", creditor)
                .then().statusCode(200).body("creditorId", equalTo(creditor));
        given().auth().oauth2(TestTokens.creditor("OTHER-" + UUID.randomUUID()))
                .get("/v1/creditors/{id}/terms", creditor)
                .then().statusCode(404).body("type", equalTo(ProblemTypes.NOT_FOUND));
        given().auth().oauth2(TestTokens.withRoles("agent")).contentType(ContentType.JSON).body(Fixtures.terms())
                .put("/v1/creditors/{id}/terms", creditor).then().statusCode(403);
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON).body(Fixtures.terms())
                .put("/v1/creditors/{id}/terms", creditor).then().statusCode(403);
    }
}
