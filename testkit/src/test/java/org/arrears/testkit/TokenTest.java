package org.arrears.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TokenTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void creditorTokenIsRs256SignedAndCarriesGroupsAndCreditorId() throws Exception {
        JwtKeys keys = JwtKeys.generate();
        String token = new TokenMinter(keys, "https://issuer.example").creditor("cred-42");

        assertThat(verifies(token, keys.publicKeyPem())).isTrue();
        assertThat(part(token, 0).get("alg").asText()).isEqualTo("RS256");
        JsonNode claims = part(token, 1);
        assertThat(claims.get("iss").asText()).isEqualTo("https://issuer.example");
        assertThat(claims.get("sub").asText()).isEqualTo("cred-42");
        assertThat(claims.get("groups")).extracting(JsonNode::asText).containsExactly("creditor");
        assertThat(claims.get("creditor_id").asText()).isEqualTo("cred-42");
        assertThat(claims.get("exp").asLong()).isGreaterThan(Instant.now().getEpochSecond());
        assertThat(claims.get("jti").asText()).isNotBlank();
    }

    @Test
    void mintCarriesRolesAndExtraClaims() throws Exception {
        JwtKeys keys = JwtKeys.generate();
        TokenMinter minter = new TokenMinter(keys, TestTokens.ISSUER);

        JsonNode roles = part(minter.withRoles("supervisor", "agent"), 1);
        JsonNode custom = part(minter.mint("u-1", Set.of("agent"), Map.of("team", "north", "level", 3),
                java.time.Duration.ofMinutes(5)), 1);

        assertThat(roles.get("groups")).extracting(JsonNode::asText).containsExactlyInAnyOrder("supervisor", "agent");
        assertThat(custom.get("team").asText()).isEqualTo("north");
        assertThat(custom.get("level").asInt()).isEqualTo(3);
        assertThat(custom.get("exp").asLong() - custom.get("iat").asLong()).isBetween(299L, 301L);
    }

    @Test
    void loadOrCreateWritesPemFilesOnceAndReadsThemBack(@TempDir Path dir) throws Exception {
        JwtKeys created = JwtKeys.loadOrCreate(dir);
        JwtKeys loaded = JwtKeys.loadOrCreate(dir);

        assertThat(Files.readString(dir.resolve("privateKey.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(dir.resolve("publicKey.pem"))).isEqualTo(created.publicKeyPem())
                .startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("privateKey.pem"))))
                .isEqualTo("rw-------");
        assertThat(loaded.publicKeyPem()).isEqualTo(created.publicKeyPem());
        assertThat(verifies(new TokenMinter(loaded, "i").withRoles("r"), created.publicKeyPem())).isTrue();
    }

    @Test
    void testTokensAreSignedWithTheKeyTheServicesTrust() throws Exception {
        assertThat(verifies(TestTokens.creditor("c-1"), TestTokens.publicKeyPem())).isTrue();
        assertThat(part(TestTokens.creditor("c-1"), 1).get("iss").asText()).isEqualTo("https://arrears.local/test");
        assertThat(verifies(TestTokens.withRoles("admin"), TestTokens.publicKeyPem())).isTrue();
    }

    @Test
    void invalidTestTokensAreInvalidForTheRightReason() throws Exception {
        String expired = TestTokens.expired("admin");
        assertThat(verifies(expired, TestTokens.publicKeyPem())).isTrue();
        JsonNode expiredClaims = part(expired, 1);
        assertThat(expiredClaims.get("exp").asLong()).isLessThan(Instant.now().minusSeconds(300).getEpochSecond());
        assertThat(expiredClaims.get("iat").asLong()).isLessThan(expiredClaims.get("exp").asLong());

        String stranger = TestTokens.signedByStranger("admin");
        assertThat(part(stranger, 1).get("groups")).extracting(JsonNode::asText).containsExactly("admin");
        assertThat(verifies(stranger, TestTokens.publicKeyPem())).isFalse();

        String unsigned = TestTokens.unsigned("admin");
        assertThat(unsigned).endsWith(".");
        assertThat(new String(Base64.getUrlDecoder().decode(unsigned.split("\\.")[0]), StandardCharsets.UTF_8))
                .isEqualTo("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        assertThat(part(unsigned, 1).get("groups")).extracting(JsonNode::asText).containsExactly("admin");
    }

    /** Checks an RS256 signature with nothing but the JDK. */
    static boolean verifies(String jwt, String publicKeyPem) throws Exception {
        String[] parts = jwt.split("\\.");
        String body = publicKeyPem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        PublicKey key = KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    static JsonNode part(String jwt, int index) throws Exception {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]));
    }
}
