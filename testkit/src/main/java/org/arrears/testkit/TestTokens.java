package org.arrears.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tokens for tests, signed with one key pair per JVM that {@link ArrearsTestResource} makes the services
 * trust, plus the invalid kinds a security test needs.
 */
public final class TestTokens {

    public static final String ISSUER = "https://arrears.local/test";

    /**
     * The pair is kept in system properties, not a static field: Quarkus loads test classes and test
     * resources through different class loaders, and both must see the same key. It is a test key; its
     * private half protects nothing.
     */
    private static final String PRIVATE_KEY_PROPERTY = "org.arrears.testkit.test-jwt.private-key";
    private static final String PUBLIC_KEY_PROPERTY = "org.arrears.testkit.test-jwt.public-key";
    /** JVM-wide monitor: interned, hence shared by every class loader's copy of this class. */
    private static final String KEY_LOCK = "org.arrears.testkit.TestTokens.keys";
    private static final String UNSIGNED_HEADER = "{\"alg\":\"none\",\"typ\":\"JWT\"}";

    private static TokenMinter minter;
    private static TokenMinter stranger;

    private TestTokens() {
    }

    /** A user of the creditor (role creditor, claim creditor_id). */
    public static String creditor(String creditorId) {
        return minter().creditor(creditorId);
    }

    public static String withRoles(String... roles) {
        return minter().withRoles(roles);
    }

    /** Correctly signed, expired ten minutes ago (beyond the usual 60 s clock skew allowance). */
    public static String expired(String... roles) {
        return minter().mint(TokenMinter.DEFAULT_SUBJECT, Set.copyOf(Arrays.asList(roles)), Map.of(),
                Duration.ofMinutes(-10));
    }

    /** Well-formed and valid except that another key signed it. */
    public static String signedByStranger(String... roles) {
        synchronized (KEY_LOCK) {
            if (stranger == null) {
                stranger = new TokenMinter(JwtKeys.generate(), ISSUER);
            }
        }
        return stranger.withRoles(roles);
    }

    /** An {@code alg: none} token with an empty signature: must be rejected. */
    public static String unsigned(String... roles) {
        Map<String, Object> claims = new LinkedHashMap<>();
        long now = Instant.now().getEpochSecond();
        claims.put("iss", ISSUER);
        claims.put("sub", TokenMinter.DEFAULT_SUBJECT);
        claims.put("groups", Arrays.asList(roles));
        claims.put("iat", now);
        claims.put("exp", now + TokenMinter.DEFAULT_TTL.toSeconds());
        claims.put("jti", UUID.randomUUID().toString());
        try {
            ObjectMapper json = new ObjectMapper();
            return base64Url(UNSIGNED_HEADER.getBytes(StandardCharsets.UTF_8)) + "."
                    + base64Url(json.writeValueAsBytes(claims)) + ".";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PEM the services must trust ({@code mp.jwt.verify.publickey}). */
    public static String publicKeyPem() {
        return keys().publicKeyPem();
    }

    /** The JVM's signing keys, e.g. to mint tokens with unusual claims through a {@link TokenMinter}. */
    public static JwtKeys keys() {
        synchronized (KEY_LOCK) {
            String privatePem = System.getProperty(PRIVATE_KEY_PROPERTY);
            String publicPem = System.getProperty(PUBLIC_KEY_PROPERTY);
            if (privatePem == null || publicPem == null) {
                JwtKeys generated = JwtKeys.generate();
                System.setProperty(PRIVATE_KEY_PROPERTY, generated.privateKeyPem());
                System.setProperty(PUBLIC_KEY_PROPERTY, generated.publicKeyPem());
                return generated;
            }
            return JwtKeys.fromPem(privatePem, publicPem);
        }
    }

    private static TokenMinter minter() {
        synchronized (KEY_LOCK) {
            if (minter == null) {
                minter = new TokenMinter(keys(), ISSUER);
            }
            return minter;
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
