package org.arrears.contact.compliance;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * compliance-service's check API. Its URL is {@code quarkus.rest-client.compliance.url}; the bearer token
 * (role service) is {@code arrears.contact.compliance.token}. Callers go through {@link ComplianceGateway},
 * never here directly, so the timeout and circuit breaker always apply.
 */
@RegisterRestClient(configKey = "compliance")
@Path("/v1/checks")
@ClientHeaderParam(name = "Authorization", value = "{bearer}")
public interface ComplianceChecksClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    CheckDecision check(CheckRequest request);

    default String bearer() {
        // Read per call so a rotated token (environment or config source) is picked up without a restart.
        return "Bearer " + ConfigProvider.getConfig().getOptionalValue("arrears.contact.compliance.token", String.class)
                .orElseThrow(() -> new IllegalStateException("arrears.contact.compliance.token is not set; "
                        + "contact fails closed until it is"));
    }
}
