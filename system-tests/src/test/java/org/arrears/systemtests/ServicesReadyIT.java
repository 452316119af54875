package org.arrears.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.arrears.devstack.ArrearsService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.restassured.path.json.JsonPath;

/** Every service of the stack is up and documents its API. */
@ExtendWith(SystemStackExtension.class)
@Order(1) // class order: see junit-platform.properties
class ServicesReadyIT {

    @ParameterizedTest
    @EnumSource(ArrearsService.class)
    void reportsReady(ArrearsService service, SystemStack stack) {
        given().baseUri(stack.url(service))
                .when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @ParameterizedTest
    @EnumSource(ArrearsService.class)
    void servesItsOpenApiDocument(ArrearsService service, SystemStack stack) {
        JsonPath openApi = given().baseUri(stack.url(service)).queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath();

        assertThat(openApi.getString("openapi")).startsWith("3.");
        Map<String, Object> paths = openApi.getMap("paths");
        assertThat(paths).as("%s documents its /v1 API", service)
                .isNotEmpty()
                .allSatisfy((path, operations) -> assertThat(path).startsWith("/v1/"));
    }
}
