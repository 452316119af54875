package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class ArrearsTestResourceTest {

    @Test
    void pointsTheAppAtTheSharedServersAndItsOwnDatabase() throws Exception {
        ArrearsTestResource resource = new ArrearsTestResource();
        resource.init(Map.of("database", "accounts"));

        Map<String, String> config = resource.start();
        resource.stop();

        EmbeddedInfra shared = EmbeddedInfra.shared();
        assertThat(config).containsOnlyKeys("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                "quarkus.datasource.password", "kafka.bootstrap.servers", "quarkus.devservices.enabled",
                "mp.jwt.verify.publickey", "mp.jwt.verify.issuer");
        assertThat(config).containsEntry("quarkus.datasource.jdbc.url", shared.postgres().jdbcUrl("accounts"))
                .containsEntry("kafka.bootstrap.servers", shared.kafka().bootstrapServers())
                .containsEntry("quarkus.devservices.enabled", "false")
                .containsEntry("mp.jwt.verify.issuer", TestTokens.ISSUER)
                .containsEntry("mp.jwt.verify.publickey", TestTokens.publicKeyPem());
        assertThat(config.get("mp.jwt.verify.publickey")).startsWith("-----BEGIN PUBLIC KEY-----");

        Properties login = new Properties();
        login.setProperty("user", config.get("quarkus.datasource.username"));
        login.setProperty("password", config.get("quarkus.datasource.password"));
        try (Connection c = new org.postgresql.Driver().connect(config.get("quarkus.datasource.jdbc.url"), login);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("accounts");
        }
        // stop() left the shared servers running
        assertThat(Ports.isListening("127.0.0.1", shared.postgres().port())).isTrue();
    }

    @Test
    void defaultsToTheAppDatabase() {
        ArrearsTestResource resource = new ArrearsTestResource();
        resource.init(Map.of());

        assertThat(resource.start().get("quarkus.datasource.jdbc.url")).endsWith("/app");
    }
}
