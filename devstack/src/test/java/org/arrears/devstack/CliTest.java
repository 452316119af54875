package org.arrears.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CliTest {

    @Test
    void noArgumentsOrHelpGiveHelp() {
        assertThat(Cli.parse()).isInstanceOf(Cli.Help.class);
        assertThat(Cli.parse("help")).isInstanceOf(Cli.Help.class);
        assertThat(Cli.parse("--help")).isInstanceOf(Cli.Help.class);
    }

    @Test
    void upDefaultsToWhatADeveloperGets() {
        Cli.Up up = (Cli.Up) Cli.parse("up");

        assertThat(up.root()).isEqualTo(Path.of(".arrears"));
        assertThat(up.projectDir()).isEqualTo(Path.of("."));
        assertThat(up.ports()).isEqualTo(StackPorts.defaults());
        assertThat(up.ports().postgres()).isEqualTo(15432);
        assertThat(up.ports().kafka()).isEqualTo(19092);
        assertThat(up.ports().kafkaController()).isEqualTo(19093);
        assertThat(up.ports().http()).containsExactly(Map.entry(ArrearsService.ACCOUNTS, 8081),
                Map.entry(ArrearsService.CONTACT, 8082), Map.entry(ArrearsService.PAYMENTS, 8083),
                Map.entry(ArrearsService.SKIPTRACE, 8084), Map.entry(ArrearsService.COMPLIANCE, 8085));
        assertThat(up.only()).isEmpty();
        assertThat(up.readyTimeout()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void upTakesPortsServicesRootAndTimeoutInBothOptionForms() {
        Cli.Up up = (Cli.Up) Cli.parse("up", "--root", "/tmp/stack", "--http-port=9081", "--postgres-port", "25432",
                "--kafka-port", "29092", "--kafka-controller-port=29093", "--only", "accounts,compliance-service",
                "--only", "payments", "--timeout", "90s", "--project-dir", "/src/arrears");

        assertThat(up.root()).isEqualTo(Path.of("/tmp/stack"));
        assertThat(up.projectDir()).isEqualTo(Path.of("/src/arrears"));
        assertThat(up.ports().http(ArrearsService.ACCOUNTS)).isEqualTo(9081);
        assertThat(up.ports().http(ArrearsService.COMPLIANCE)).isEqualTo(9085);
        assertThat(up.ports().postgres()).isEqualTo(25432);
        assertThat(up.ports().kafka()).isEqualTo(29092);
        assertThat(up.ports().kafkaController()).isEqualTo(29093);
        assertThat(up.only()).containsExactly(ArrearsService.ACCOUNTS, ArrearsService.PAYMENTS,
                ArrearsService.COMPLIANCE);
        assertThat(up.readyTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void tokenCollectsRolesCreditorTtlAndClaims() {
        Cli.Token token = (Cli.Token) Cli.parse("token", "--role", "creditor", "--role", "agent,ops", "--creditor",
                "ACME", "--ttl", "PT2H", "--claim", "team=east", "--subject", "alice");

        assertThat(token.roles()).containsExactly("creditor", "agent", "ops");
        assertThat(token.creditor()).isEqualTo("ACME");
        assertThat(token.ttl()).isEqualTo(Duration.ofHours(2));
        assertThat(token.claims()).containsExactly(Map.entry("team", "east"));
        assertThat(token.subject()).isEqualTo("alice");
        assertThat(token.root()).isEqualTo(Path.of(".arrears"));
    }

    @Test
    void tokenTtlDefaultsToAWorkingDay() {
        Cli.Token token = (Cli.Token) Cli.parse("token", "--role", "compliance");

        assertThat(token.ttl()).isEqualTo(Duration.ofHours(8));
        assertThat(token.creditor()).isNull();
    }

    @Test
    void tokenMistakesAreExplained() {
        assertThatThrownBy(() -> Cli.parse("token")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("--role");
        assertThatThrownBy(() -> Cli.parse("token", "--role", "creditor")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("--creditor");
        assertThatThrownBy(() -> Cli.parse("token", "--role", "admin")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("unknown role 'admin'");
        assertThatThrownBy(() -> Cli.parse("token", "--role", "agent", "--ttl", "soon"))
                .isInstanceOf(Cli.UsageException.class).hasMessageContaining("--ttl");
        assertThatThrownBy(() -> Cli.parse("token", "--role", "agent", "--claim", "novalue"))
                .isInstanceOf(Cli.UsageException.class).hasMessageContaining("NAME=VALUE");
    }

    @Test
    void unknownCommandsOptionsAndServicesAreRejected() {
        assertThatThrownBy(() -> Cli.parse("start")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("unknown command 'start'");
        assertThatThrownBy(() -> Cli.parse("status", "--role", "agent")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("'status' does not take --role");
        assertThatThrownBy(() -> Cli.parse("up", "--only", "billing")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("unknown service 'billing'");
        assertThatThrownBy(() -> Cli.parse("up", "--http-port", "80000")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("port number");
        assertThatThrownBy(() -> Cli.parse("up", "--timeout")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("--timeout needs a value");
        assertThatThrownBy(() -> Cli.parse("down", "now")).isInstanceOf(Cli.UsageException.class)
                .hasMessageContaining("unexpected argument 'now'");
        assertThatThrownBy(() -> Cli.parse("down", "--root", "a", "--root", "b"))
                .isInstanceOf(Cli.UsageException.class).hasMessageContaining("more than once");
    }

    @Test
    void downAndStatusTakeARoot() {
        assertThat(Cli.parse("status", "--root", "x")).isEqualTo(new Cli.Status(Path.of("x")));
        assertThat(Cli.parse("down")).isEqualTo(new Cli.Down(Path.of(".arrears"), Duration.ofSeconds(60)));
        assertThat(Cli.parse("down", "--timeout", "2m")).isEqualTo(new Cli.Down(Path.of(".arrears"),
                Duration.ofMinutes(2)));
    }

    @Test
    void durationsAreIsoOrShort() {
        assertThat(Cli.duration("--ttl", "PT8H")).isEqualTo(Duration.ofHours(8));
        assertThat(Cli.duration("--ttl", "pt30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(Cli.duration("--ttl", "45s")).isEqualTo(Duration.ofSeconds(45));
        assertThat(Cli.duration("--ttl", "2d")).isEqualTo(Duration.ofDays(2));
        assertThat(Cli.duration("--ttl", "500ms")).isEqualTo(Duration.ofMillis(500));
    }
}
