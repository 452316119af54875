package org.arrears.compliance.jurisdiction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.arrears.compliance.rules.ComplianceEngine;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;

/** Loads and validates the rule data once at start: a service with bad rule data must not start deciding. */
@ApplicationScoped
public class RuleSetProducer {

    @Produces
    @Singleton
    ComplianceEngine engine() {
        RuleSet rules = RuleSetLoader.fromClasspath();
        Log.infof("compliance rules loaded: %s (%d jurisdictions, %d statutes of limitation)", rules.version(),
                rules.jurisdictions().size(), rules.limitations().size());
        return new ComplianceEngine(rules);
    }

    void loadAtStart(@Observes StartupEvent ev, ComplianceEngine engine) {
        // Touching the bean at start makes a data error fail the start, not the first check.
        engine.ruleSet();
    }
}
