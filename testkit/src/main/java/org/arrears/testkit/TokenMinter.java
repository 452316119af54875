package org.arrears.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signs RS256 JWTs the services accept: roles in the MicroProfile {@code groups} claim, the creditor a
 * creditor user acts for in {@value #CREDITOR_ID_CLAIM}. Used by tests (through {@link TestTokens}) and by the
 * dev stack's {@code ./arrears token}.
 */
public final class TokenMinter {

    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    public static final String CREDITOR_ROLE = "creditor";
    public static final String CREDITOR_ID_CLAIM = "creditor_id";
    /** The subject of tokens that only carry roles. */
    public static final String DEFAULT_SUBJECT = "arrears-user";

    private final JwtKeys keys;
    private final String issuer;

    public TokenMinter(JwtKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /**
     * @param ttl lifetime from now; a negative one gives a token that has already expired
     */
    public String mint(String subject, Set<String> roles, Map<String, Object> extraClaims, Duration ttl) {
        Instant expires = Instant.now().plus(ttl);
        // An expired token must still have been issued before it expired.
        Instant issued = ttl.isNegative() ? expires.minus(Duration.ofMinutes(5)) : Instant.now();
        JwtClaimsBuilder claims = Jwt.issuer(issuer)
                .subject(subject)
                .groups(new HashSet<>(roles))
                .issuedAt(issued)
                .expiresAt(expires)
                .claim("jti", UUID.randomUUID().toString());
        extraClaims.forEach(claims::claim);
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(keys.privateKey());
    }

    /** A user of the given creditor: role {@value #CREDITOR_ROLE}, claim {@value #CREDITOR_ID_CLAIM}. */
    public String creditor(String creditorId) {
        return mint(creditorId, Set.of(CREDITOR_ROLE), Map.of(CREDITOR_ID_CLAIM, creditorId), DEFAULT_TTL);
    }

    /** A user with these roles and nothing else. */
    public String withRoles(String... roles) {
        return mint(DEFAULT_SUBJECT, Set.copyOf(Arrays.asList(roles)), Map.of(), DEFAULT_TTL);
    }

    public String issuer() {
        return issuer;
    }
}
