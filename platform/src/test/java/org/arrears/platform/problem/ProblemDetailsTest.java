package org.arrears.platform.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.UUID;

import jakarta.inject.Inject;

import org.arrears.platform.support.Effects;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class ProblemDetailsTest {

    private final String creditor = "PROBLEM-" + UUID.randomUUID();

    @Inject
    Effects effects;

    @Test
    void malformedJsonIsA400ProblemWithTheLocation() {
        post("{\"creditorRef\": \"A-1\", \"principal\": ")
                .statusCode(400)
                .body("type", equalTo(ProblemTypes.MALFORMED_REQUEST))
                .body("title", equalTo("Malformed JSON"))
                .body("status", equalTo(400))
                .body("detail", containsString("line 1"))
                .body("instance", equalTo("/test/accounts"));
        assertThat(effects.countAccounts(creditor)).isZero();
    }

    @Test
    void missingRequiredFieldIsNamed() {
        post("{\"principal\": \"10.00\"}")
                .statusCode(400)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("violations.field", hasItem("creditorRef"));
        assertThat(effects.countAccounts(creditor)).isZero();
    }

    @Test
    void wrongTypeIsNamedWithWhatWasExpected() {
        post("{\"creditorRef\": \"A-1\", \"principal\": \"lots\"}")
                .statusCode(400)
                .body("type", equalTo(ProblemTypes.VALIDATION))
                .body("violations[0].field", equalTo("principal"))
                .body("violations[0].message", containsString("decimal number"));
    }

    @Test
    void nestedFieldIsNamedWithItsIndex() {
        post("{\"creditorRef\": \"A-1\", \"principal\": \"10.00\", \"phones\": [{\"number\": \"+1\"}, {\"number\": \"\"}]}")
                .statusCode(400)
                .body("violations.field", hasItem("phones[1].number"));
    }

    @Test
    void everyViolationIsListed() {
        post("{\"creditorRef\": \"\", \"principal\": \"-1\"}")
                .statusCode(400)
                .body("violations.field", hasItem("creditorRef"))
                .body("violations.field", hasItem("principal"));
    }

    @Test
    void missingBodyIsA400() {
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON)
                .when().post("/test/accounts")
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void unknownPathIsA404Problem() {
        given().auth().oauth2(TestTokens.creditor(creditor))
                .when().get("/test/nowhere")
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.NOT_FOUND));
    }

    @Test
    void unsupportedMediaTypeIsA415Problem() {
        given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.XML).body("<a/>")
                .when().post("/test/accounts")
                .then().statusCode(415)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", startsWith(ProblemTypes.BASE));
    }

    private ValidatableResponse post(String json) {
        return given().auth().oauth2(TestTokens.creditor(creditor)).contentType(ContentType.JSON).body(json)
                .when().post("/test/accounts")
                .then().contentType(Problem.MEDIA_TYPE);
    }
}
