package org.arrears.accounts.placement;

import java.math.BigDecimal;

/** What a placement reader yields for each line or element of a portfolio. */
public sealed interface ParsedRow {

    /** 1-based line of the file where the row starts. */
    long line();

    /** A row that parsed; {@link PlacementValidator} decides whether it is acceptable. */
    record Row(long line, PlaceAccountRequest request) implements ParsedRow {
    }

    /**
     * A row that could not be read (bad JSON, a date that is not a date). {@code fatal}: the file cannot be read
     * beyond this point (a broken JSON array, an unclosed CSV quote), so nothing follows.
     */
    record Malformed(long line, String creditorRef, String field, String message, boolean fatal) implements ParsedRow {
    }

    /** The optional trailer: how many accounts the file holds and their total principal, to reconcile. */
    record Trailer(long line, Long count, BigDecimal totalPrincipal) implements ParsedRow {
    }
}
