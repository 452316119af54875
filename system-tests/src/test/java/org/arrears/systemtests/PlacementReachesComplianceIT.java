package org.arrears.systemtests;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;

import org.arrears.devstack.ArrearsService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** A creditor's placement crosses the stack: accounts-service → AccountPlaced on Kafka → compliance-service. */
@ExtendWith(SystemStackExtension.class)
@Order(2)
class PlacementReachesComplianceIT {

    /** The event path is outbox relay, broker and one consumer: seconds at most, even on a busy machine. */
    private static final Duration EVENT_DELIVERY = Duration.ofSeconds(30);

    @Test
    void aPlacedAccountGetsAComplianceProfile(SystemStack stack) {
        String creditorToken = stack.tokens().creditor("ACME");
        String id = given().baseUri(stack.url(ArrearsService.ACCOUNTS))
                .auth().oauth2(creditorToken)
                .contentType(ContentType.JSON)
                .body(Placements.creditCard(Placements.newReference()))
                .when().post("/v1/accounts")
                .then().statusCode(201).body("id", notNullValue())
                .extract().path("id");

        String complianceToken = stack.tokens().withRoles("compliance");
        await("compliance profile of account " + id)
                .atMost(EVENT_DELIVERY)
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> given().baseUri(stack.url(ArrearsService.COMPLIANCE))
                        .auth().oauth2(complianceToken)
                        .when().get("/v1/accounts/{id}/profile", id)
                        .then().statusCode(200)
                        .body("accountId", equalTo(id))
                        .body("state", equalTo("MA")));
    }
}
