package org.arrears.systemtests;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.arrears.devstack.ArrearsService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** What `./arrears down` then `./arrears up` promises: the accounts are still there. Runs last: it restarts. */
@ExtendWith(SystemStackExtension.class)
@Order(3)
class StackRestartIT {

    @Test
    void aRestartedStackStillHasThePlacedAccount(SystemStack stack) {
        String creditorRef = Placements.newReference();
        String token = stack.tokens().creditor("ACME");
        String id = given().baseUri(stack.url(ArrearsService.ACCOUNTS))
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body(Placements.creditCard(creditorRef))
                .when().post("/v1/accounts")
                .then().statusCode(201)
                .extract().path("id");

        stack.restart();

        given().baseUri(stack.url(ArrearsService.ACCOUNTS))
                .auth().oauth2(stack.tokens().creditor("ACME"))
                .when().get("/v1/accounts/{id}", id)
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("creditorRef", equalTo(creditorRef));
    }
}
