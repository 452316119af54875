package org.arrears.skiptrace.support;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;

/** Scripts the {@link VendorStub} over HTTP from a @QuarkusTest (its resource lives in another class loader). */
public final class Vendor {

    private final String base;

    /** @param bureauUrl the configured URL of the bureau vendor, which names the stub's address */
    public Vendor(String bureauUrl) {
        this.base = bureauUrl.substring(0, bureauUrl.lastIndexOf('/'));
    }

    public void answer(String vendor, String debtorKey, Map<String, Object> body) {
        given().contentType(ContentType.JSON).body(Map.of("status", 200, "body", body))
                .put(base + "/script/" + vendor + "/" + debtorKey).then().statusCode(204);
    }

    /** The Authorization header the vendor last received. */
    public String lastAuthorization(String vendor) {
        return given().get(base + "/auth/" + vendor).then().statusCode(200).extract().asString();
    }

    public int hits(String vendor, String debtorKey) {
        return Integer.parseInt(given().get(base + "/hits/" + vendor + "/" + debtorKey).then().statusCode(200)
                .extract().asString());
    }
}
