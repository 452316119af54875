package org.arrears.compliance.preference;

import static io.restassured.RestAssured.given;
import static org.arrears.compliance.support.Debts.call;
import static org.arrears.compliance.support.Debts.check;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.arrears.compliance.support.Debts;
import org.arrears.platform.problem.Problem;
import org.arrears.testkit.ArrearsTestResource;
import org.arrears.testkit.TestTokens;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
@QuarkusTestResource(value = ArrearsTestResource.class, initArgs = @ResourceArg(name = "database", value = "compliance"))
class PreferencesApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void preferencesApplyToTheNextCheckAndShowInTheProfile() {
        String account = Debts.open(bootstrap, "GA", "30301");
        put("agent", account, Map.of(
                "inconvenientTimes", List.of(Map.of("days", List.of("TUESDAY"), "from", "09:00", "to", "12:00")),
                "optOuts", Map.of("channels", List.of("SMS")),
                "consents", List.of(Map.of("type", "AUTODIAL", "destination", Debts.MOBILE,
                        "grantedAt", "2026-01-01T00:00:00Z", "revokedAt", "2026-11-01T00:00:00Z")),
                "preferredLanguage", "es")).then().statusCode(200).body("preferredLanguage", equalTo("es"));

        // Tuesday 1 December 2026, 10:00 in Atlanta: inside the named time; the consent was revoked.
        check("dialer", Map.of("accountId", account, "channel", "CALL", "destination", Debts.MOBILE,
                "at", "2026-12-01T15:00:00Z", "autodialed", true)).then()
                .body("reasons.code", contains("INCONVENIENT_TIME", "TCPA_CONSENT"))
                .body("nextEligibleAt", equalTo(null));
        check("dialer", call(account, "2026-12-01T15:00:00Z", false)).then()
                .body("reasons.code", contains("INCONVENIENT_TIME"))
                .body("nextEligibleAt", equalTo("2026-12-01T17:00:00Z"));
        check("dialer", Map.of("accountId", account, "channel", "SMS", "destination", Debts.MOBILE,
                "at", "2026-12-01T18:00:00Z")).then().body("reasons.code", contains("MEDIUM_OPT_OUT"));

        given().auth().oauth2(TestTokens.withRoles("dialer")).get("/v1/accounts/{id}/profile", account).then()
                .statusCode(200).body("preferences.optOuts.channels", contains("SMS"))
                .body("preferences.preferredLanguage", equalTo("es"));
    }

    @Test
    void attorneyAndWorkplaceComeFromThePreferences() {
        String account = Debts.open(bootstrap, "GA", "30301");
        put("compliance", account, Map.of("attorneyRepresented", true, "workplaceContactForbidden", true,
                "workplaceDestinations", List.of(Debts.MOBILE))).then().statusCode(200);
        check("agent", call(account, "2026-12-01T18:00:00Z", false)).then()
                .body("reasons.code", contains("ATTORNEY_REPRESENTED", "WORKPLACE"));
    }

    @Test
    void invalidPreferencesNameTheField() {
        String account = Debts.open(bootstrap, "GA", "30301");
        put("agent", account, Map.of("inconvenientTimes", List.of(Map.of("from", "13:00", "to", "12:00"))))
                .then().statusCode(400).contentType(Problem.MEDIA_TYPE)
                .body("violations[0].field", equalTo("inconvenientTimes[0].to"));
        put("agent", account, Map.of("consents", List.of(Map.of("type", "AUTODIAL")))).then().statusCode(400)
                .body("violations[0].field", equalTo("consents[0].grantedAt"));
        put("agent", account, Map.of("optOuts", Map.of("channels", List.of("PIGEON")))).then().statusCode(400)
                .body("violations[0].field", equalTo("optOuts.channels[0]"));
        put("agent", UUID.randomUUID().toString(), Map.of()).then().statusCode(404);
        put("dialer", account, Map.of()).then().statusCode(403);
    }

    private static Response put(String role, String account, Map<String, Object> body) {
        return given().auth().oauth2(TestTokens.withRoles(role)).contentType(ContentType.JSON).body(body)
                .put("/v1/accounts/{id}/preferences", account);
    }
}
