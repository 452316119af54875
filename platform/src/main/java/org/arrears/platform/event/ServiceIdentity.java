package org.arrears.platform.event;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Which service this is: names the CloudEvents source and the consumer group. */
@ApplicationScoped
public class ServiceIdentity {

    private final String name;

    public ServiceIdentity(@ConfigProperty(name = "quarkus.application.name") String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    /** CloudEvents {@code source} of every event this service publishes. */
    public String eventSource() {
        return "/arrears/" + name;
    }
}
