package org.arrears.platform.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class SecurityTest {

    private static final String BODY = "{\"creditorRef\": \"S-1\", \"principal\": \"10.00\"}";

    @Test
    void noTokenIsA401Problem() {
        given().contentType(ContentType.JSON).body(BODY)
                .when().post("/test/accounts")
                .then().statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo(ProblemTypes.UNAUTHORIZED));
    }

    @Test
    void wrongRoleIsA403Problem() {
        given().auth().oauth2(TestTokens.withRoles("dialer")).contentType(ContentType.JSON).body(BODY)
                .when().post("/test/accounts")
                .then().statusCode(403)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.FORBIDDEN));
    }

    @Test
    void creditorTokenWithoutCreditorIdIsForbidden() {
        given().auth().oauth2(TestTokens.withRoles("creditor")).contentType(ContentType.JSON).body(BODY)
                .when().post("/test/accounts")
                .then().statusCode(403).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anotherCreditorsAccountIsNotFoundWhileStaffSeeIt() {
        String a = "SEC-A-" + UUID.randomUUID();
        String id = given().auth().oauth2(TestTokens.creditor(a)).contentType(ContentType.JSON).body(BODY)
                .when().post("/test/accounts")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(TestTokens.creditor(a)).when().get("/test/accounts/" + id)
                .then().statusCode(200).body("creditorId", equalTo(a));
        given().auth().oauth2(TestTokens.creditor("SEC-B-" + UUID.randomUUID())).when().get("/test/accounts/" + id)
                .then().statusCode(404)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.NOT_FOUND));
        given().auth().oauth2(TestTokens.withRoles("agent")).when().get("/test/accounts/" + id)
                .then().statusCode(200);
    }

    @Test
    void expiredTokenIsRejected() {
        given().auth().oauth2(TestTokens.expired("agent")).when().get("/test/accounts/x")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void tokenSignedByAnotherKeyIsRejected() {
        given().auth().oauth2(TestTokens.signedByStranger("agent")).when().get("/test/accounts/x")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void unsignedTokenIsRejected() {
        given().auth().oauth2(TestTokens.unsigned("agent")).when().get("/test/accounts/x")
                .then().statusCode(401).contentType(Problem.MEDIA_TYPE);
    }
}
