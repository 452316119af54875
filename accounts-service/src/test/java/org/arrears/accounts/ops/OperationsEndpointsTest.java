package org.arrears.accounts.ops;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.arrears.testkit.ArrearsTestResource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/** What ops and API consumers rely on: health, metrics and the OpenAPI document, without a token. */
@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "accounts"))
class OperationsEndpointsTest {

    @Test
    void readinessChecksDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"))
                .body("checks.find { it.name.toLowerCase().contains('kafka') }.status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesTheAccountsApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/v1/accounts'", notNullValue());
    }

    @Test
    void prometheusMetricsIncludeTheOutbox() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("arrears_outbox_published"));
    }
}
