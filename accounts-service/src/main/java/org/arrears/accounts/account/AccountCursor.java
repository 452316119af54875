package org.arrears.accounts.account;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

import org.arrears.platform.problem.ProblemException;

/**
 * Where a page of accounts ended: the (placedAt, id) of its last account, opaque to clients. Keyset pagination
 * stays fast and stable however deep a client pages while accounts are being placed.
 */
public record AccountCursor(Instant placedAt, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((placedAt + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static AccountCursor decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException();
            }
            return new AccountCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ProblemException.invalid("cursor", "is not a cursor this API returned");
        }
    }
}
