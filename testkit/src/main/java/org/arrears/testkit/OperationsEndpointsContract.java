package org.arrears.testkit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

/**
 * What ops and API consumers rely on in every service, without a token: readiness that checks the database and
 * Kafka, liveness, the OpenAPI document and Prometheus metrics including the outbox's. A service's test extends
 * it (annotated {@code @QuarkusTest} with its {@link ArrearsTestResource}) and names one of its API paths.
 */
public abstract class OperationsEndpointsContract {

    /** A path the service's OpenAPI document must describe, e.g. {@code /v1/accounts}. */
    protected abstract String documentedPath();

    @Test
    public void readinessChecksDatabaseAndKafka() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name.contains('Database') }.status", equalTo("UP"))
                .body("checks.find { it.name.toLowerCase().contains('kafka') }.status", equalTo("UP"));
    }

    @Test
    public void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    public void openApiDescribesTheServiceApi() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'" + documentedPath() + "'", notNullValue());
    }

    @Test
    public void prometheusMetricsIncludeTheOutbox() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("arrears_outbox_published"));
    }
}
