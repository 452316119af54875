package org.arrears.payments.payment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Why a payment came back: a NACHA return code R01..R99 (a returned check carries the matching code) or a card
 * CHARGEBACK. The code decides whether the payment may be presented again and whether the account is flagged.
 * NACHA Operating Rules: only R01 (insufficient funds) and R09 (uncollected funds) may be re-presented, at most
 * twice; R07 (authorization revoked) and R10 (not authorized) must not be, and mean the debtor disputes the
 * debit.
 */
public record ReversalCode(String code) {

    public static final String CHARGEBACK = "CHARGEBACK";
    /** Re-presentments of one returned payment, and the window after its first return in which they may happen. */
    public static final int MAX_REPRESENTMENTS = 2;
    public static final Duration REPRESENTMENT_WINDOW = Duration.ofDays(30);

    private static final Pattern NACHA = Pattern.compile("R(0[1-9]|[1-9][0-9])");

    public static Optional<ReversalCode> parse(String code) {
        if (code != null && (CHARGEBACK.equals(code) || NACHA.matcher(code).matches())) {
            return Optional.of(new ReversalCode(code));
        }
        return Optional.empty();
    }

    /** R01 insufficient funds, R09 uncollected funds: the debit may succeed another day. */
    public boolean mayBeRepresented() {
        return code.equals("R01") || code.equals("R09");
    }

    /** The flag the return raises on the account: R07 revoked authorization, R10 unauthorized debit. */
    public Optional<String> accountFlag() {
        return switch (code) {
            case "R07" -> Optional.of("ACH_AUTHORIZATION_REVOKED");
            case "R10" -> Optional.of("ACH_UNAUTHORIZED_DEBIT");
            default -> Optional.empty();
        };
    }

    /**
     * Whether a payment returned with this code may be presented again, given how many times the original was
     * already re-presented and when it was first returned.
     */
    public boolean representable(int representmentsSoFar, Instant firstReturnedAt, Instant now) {
        return mayBeRepresented() && representmentsSoFar < MAX_REPRESENTMENTS
                && !now.isAfter(firstReturnedAt.plus(REPRESENTMENT_WINDOW));
    }
}
