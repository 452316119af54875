package org.arrears.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;

import org.arrears.testkit.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class DevstackCommandsTest {

    @TempDir
    Path root;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Devstack devstack = new Devstack(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void tokenIsSignedWithTheRootsKeysAndCarriesRolesAndCreditor() throws Exception {
        JwtKeys keys = JwtKeys.loadOrCreate(root.resolve("keys"));

        int code = devstack.run("token", "--root", root.toString(), "--role", "creditor", "--creditor", "ACME",
                "--ttl", "PT8H");

        assertThat(code).isZero();
        String token = out.toString(StandardCharsets.UTF_8).trim();
        JsonNode claims = payload(token);
        assertThat(claims.get("iss").asText()).isEqualTo(LocalStack.ISSUER);
        assertThat(claims.get("sub").asText()).isEqualTo("ACME");
        assertThat(claims.get("creditor_id").asText()).isEqualTo("ACME");
        assertThat(claims.get("groups")).hasSize(1);
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("creditor");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong())
                .isEqualTo(Duration.ofHours(8).toSeconds());
        assertThat(verifies(token, keys)).isTrue();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void tokenCreatesKeysWhenTheRootHasNoneAndSaysSo() throws Exception {
        int code = devstack.run("token", "--root", root.toString(), "--role", "compliance", "--role", "ops");

        assertThat(code).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("created them");
        JsonNode claims = payload(out.toString(StandardCharsets.UTF_8).trim());
        assertThat(claims.get("groups").toString()).contains("compliance", "ops");
        assertThat(claims.has("creditor_id")).isFalse();
        assertThat(verifies(out.toString(StandardCharsets.UTF_8).trim(), JwtKeys.loadOrCreate(root.resolve("keys"))))
                .isTrue();
    }

    @Test
    void statusWithoutAStackSaysSo() {
        int code = devstack.run("status", "--root", root.toString());

        assertThat(code).isEqualTo(3);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No local stack is running");
    }

    @Test
    void downWithoutAStackIsHarmless() {
        int code = devstack.run("down", "--root", root.toString());

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("No local stack is running");
    }

    @Test
    void usageMistakesExitWithTwo() {
        assertThat(devstack.run("token", "--role", "wizard")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown role 'wizard'", "./arrears help");
    }

    private static JsonNode payload(String token) throws Exception {
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        return new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static boolean verifies(String token, JwtKeys keys) throws Exception {
        String[] parts = token.split("\\.");
        java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
        rs256.initVerify(keys.publicKey());
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }
}
