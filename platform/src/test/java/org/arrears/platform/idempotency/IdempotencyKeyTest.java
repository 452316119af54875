package org.arrears.platform.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import jakarta.inject.Inject;

import org.arrears.platform.problem.Problem;
import org.arrears.platform.problem.ProblemTypes;
import org.arrears.platform.support.Effects;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "platform"))
class IdempotencyKeyTest {

    private static final String BODY = "{\"creditorRef\": \"R-1\", \"principal\": \"10.00\"}";

    private final String creditor = "IDEM-" + UUID.randomUUID();
    private final String token = TestTokens.creditor(creditor);

    @Inject
    Effects effects;

    @Test
    void replayWithTheSameBodyReturnsTheFirstResponseAndCreatesNothing() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post(key, BODY).statusCode(201).extract();
        ExtractableResponse<Response> again = post(key, BODY).statusCode(201)
                .header(IdempotencyKeys.REPLAYED_HEADER, "true").extract();

        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.body().asString()).isEqualTo(first.body().asString());
        assertThat(effects.countAccounts(creditor)).isEqualTo(1);
    }

    @Test
    void sameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        post(key, BODY).statusCode(201);
        post(key, "{\"creditorRef\": \"R-2\", \"principal\": \"10.00\"}")
                .statusCode(422)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemTypes.IDEMPOTENCY_KEY_REUSED));
        assertThat(effects.countAccounts(creditor)).isEqualTo(1);
    }

    @Test
    void keysArePerCaller() {
        String key = UUID.randomUUID().toString();
        post(key, BODY).statusCode(201);
        String other = "IDEM-OTHER-" + UUID.randomUUID();
        given().auth().oauth2(TestTokens.creditor(other)).header(IdempotencyKeys.HEADER, key)
                .contentType(ContentType.JSON).body(BODY)
                .when().post("/test/accounts")
                .then().statusCode(201).body("creditorId", equalTo(other));
    }

    @Test
    void failedRequestDoesNotBurnTheKey() {
        String key = UUID.randomUUID().toString();
        post(key, "{\"creditorRef\": \"R-3\", \"principal\": \"0\"}").statusCode(400);
        post(key, BODY).statusCode(201);
        assertThat(effects.countAccounts(creditor)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryPostCreates() {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY).post("/test/accounts")
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(BODY).post("/test/accounts")
                .then().statusCode(201);
        assertThat(effects.countAccounts(creditor)).isEqualTo(2);
    }

    @Test
    void malformedKeyIsA400() {
        post("x".repeat(300), BODY).statusCode(400).body("violations[0].field", equalTo(IdempotencyKeys.HEADER));
    }

    private io.restassured.response.ValidatableResponse post(String key, String body) {
        return given().auth().oauth2(token).header(IdempotencyKeys.HEADER, key)
                .contentType(ContentType.JSON).body(body)
                .when().post("/test/accounts")
                .then();
    }
}
