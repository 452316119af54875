package org.arrears.contact.compliance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness says when contact is failing closed because compliance-service does not answer, so operators see
 * it where they look first. Only the dispatcher and agents' next-item lists stop; dispositions and events keep
 * flowing, but an orchestrator will route no traffic here meanwhile, which is the safe side.
 */
@Readiness
@ApplicationScoped
public class ComplianceReadiness implements HealthCheck {

    @Inject
    ComplianceGateway compliance;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("compliance-service checks");
        return compliance.unavailableSince()
                .map(since -> builder.down().withData("failingClosedSince", since.toString()).build())
                .orElseGet(() -> builder.up().build());
    }
}
