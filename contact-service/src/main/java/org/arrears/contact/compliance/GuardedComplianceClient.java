package org.arrears.contact.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The REST client behind a timeout and a circuit breaker (SmallRye Fault Tolerance). A bean of its own so the
 * interceptors apply; tune through {@code quarkus.fault-tolerance."org.arrears.contact.compliance.GuardedComplianceClient/check".*}.
 */
@ApplicationScoped
class GuardedComplianceClient {

    @Inject
    @RestClient
    ComplianceChecksClient client;

    /** Null for an unknown account: a 404 is an answer, not a failure, so it does not trip the breaker. */
    @Timeout(3000)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 10000, successThreshold = 1)
    public CheckDecision check(CheckRequest request) {
        try {
            return client.check(request);
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == 404) {
                return null;
            }
            throw e;
        }
    }
}
