package org.arrears.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class StackConfigTest {

    @Test
    void projectJarsAreEachServicesQuarkusRunJar() {
        StackConfig config = StackConfig.forProject(Path.of("/src/arrears"), Path.of("/src/arrears/.arrears"),
                StackPorts.defaults());

        assertThat(config.services()).containsExactly(ArrearsService.values());
        assertThat(config.jars().get(ArrearsService.SKIPTRACE))
                .isEqualTo(Path.of("/src/arrears/skiptrace-service/target/quarkus-app/quarkus-run.jar"));
        assertThat(config.jvmOptions()).contains("-XX:+UseSerialGC", "-Xmx256m");
    }

    @Test
    void onlyKeepsTheNamedServicesInStartOrder() {
        StackConfig config = StackConfig.forProject(Path.of("/p"), Path.of("/r"), StackPorts.defaults())
                .withOnly(List.of(ArrearsService.COMPLIANCE, ArrearsService.ACCOUNTS));

        assertThat(config.services()).containsExactly(ArrearsService.ACCOUNTS, ArrearsService.COMPLIANCE);
        assertThatThrownBy(() -> config.withOnly(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void servicesKnowTheirNamesDatabasesAndUrlVariables() {
        assertThat(ArrearsService.named("compliance")).isEqualTo(ArrearsService.COMPLIANCE);
        assertThat(ArrearsService.named("Contact-Service")).isEqualTo(ArrearsService.CONTACT);
        assertThat(ArrearsService.PAYMENTS.database()).isEqualTo("payments");
        assertThat(ArrearsService.COMPLIANCE.urlVariable()).isEqualTo("COMPLIANCE_SERVICE_URL");
        assertThat(StackPorts.free().http()).hasSize(5).doesNotContainValue(8081);
    }
}
