package org.arrears.skiptrace.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the {@link VendorStub} for the module's @QuarkusTests and configures the waterfall
 * history → slow → broken → bureau: a slow vendor (300 ms timeout) and a failing one sit before the one that
 * answers, so every lookup proves they do not stop the others. Their breakers are set not to open here; the
 * breaker has its own test.
 */
public class VendorStubResource implements QuarkusTestResourceLifecycleManager {

    private VendorStub stub;

    @Override
    public Map<String, String> start() {
        try {
            stub = new VendorStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String base = stub.baseUrl();
        return Map.ofEntries(
                Map.entry("arrears.skiptrace.waterfall", "history,slow,broken,bureau"),
                Map.entry("arrears.skiptrace.http.slow.url", base + "/slow"),
                Map.entry("arrears.skiptrace.http.broken.url", base + "/broken"),
                Map.entry("arrears.skiptrace.http.bureau.url", base + "/bureau"),
                Map.entry("arrears.skiptrace.http.bureau.auth-value", "Bearer test-credential"),
                Map.entry("arrears.skiptrace.http.bureau.cost", "0.35"),
                Map.entry("arrears.skiptrace.guards.slow.timeout", "300ms"),
                Map.entry("arrears.skiptrace.guards.slow.failure-threshold", "100000"),
                Map.entry("arrears.skiptrace.guards.broken.failure-threshold", "100000"),
                Map.entry("arrears.skiptrace.guards.bureau.timeout", "5s"));
    }

    @Override
    public void stop() {
        if (stub != null) {
            stub.close();
        }
    }
}
