package org.arrears.contact.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application's compliance client at a {@link ComplianceStub}. Every @QuarkusTest of the module uses
 * it (with {@code ArrearsTestResource}), so they share one application start. One stub per JVM.
 */
public class ComplianceStubResource implements QuarkusTestResourceLifecycleManager {

    private static ComplianceStub stub;

    @Override
    public synchronized Map<String, String> start() {
        if (stub == null) {
            try {
                stub = ComplianceStub.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.of("quarkus.rest-client.compliance.url", stub.url(),
                "arrears.contact.compliance.token", ComplianceStub.TOKEN);
    }

    @Override
    public void stop() {
        // The stub lives as long as the JVM, like the embedded servers; daemon threads end with it.
    }
}
