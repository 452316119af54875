package org.arrears.platform.security;

import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.arrears.platform.problem.ProblemException;
import org.arrears.platform.problem.ProblemTypes;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling and which creditor's data they may see. A caller whose only business role is
 * {@code creditor} is confined to the creditor in its token; staff roles see every creditor. Another creditor's
 * resource is answered with 404, never 403, so its existence does not leak.
 */
@RequestScoped
public class CreditorScope {

    private static final Set<String> STAFF = Set.of(Roles.AGENT, Roles.OPS, Roles.COMPLIANCE, Roles.SERVICE);

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken jwt;

    /** The token's subject, used to key per-caller state such as idempotency records. */
    public String principal() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    /** The creditor every query must be restricted to, or empty when the caller may see all creditors. */
    public Optional<String> restriction() {
        if (!identity.hasRole(Roles.CREDITOR) || STAFF.stream().anyMatch(identity::hasRole)) {
            return Optional.empty();
        }
        return Optional.of(claimedCreditor());
    }

    /** The caller's own creditor id; for operations only a creditor may perform, such as placing accounts. */
    public String creditorId() {
        return restriction().orElseThrow(() -> ProblemException.of(403, ProblemTypes.FORBIDDEN, "Forbidden",
                "Only a creditor's token (role creditor with a creditor_id claim) can do this"));
    }

    public boolean canSee(String ownerCreditorId) {
        return restriction().map(own -> own.equals(ownerCreditorId)).orElse(true);
    }

    /** Throws 404 for {@code what id} unless the caller may see resources of {@code ownerCreditorId}. */
    public void requireVisible(String ownerCreditorId, String what, Object id) {
        if (!canSee(ownerCreditorId)) {
            throw ProblemException.notFound(what, id);
        }
    }

    private String claimedCreditor() {
        Object claim = jwt.getClaim(Roles.CREDITOR_ID_CLAIM);
        String id = claim == null ? null : claim.toString().replace("\"", "");
        if (id == null || id.isBlank()) {
            throw ProblemException.of(403, ProblemTypes.FORBIDDEN, "Forbidden",
                    "A creditor token must carry the creditor_id claim");
        }
        return id;
    }
}
