package org.arrears.accounts.placement;

/** One problem of one rejected row: its line in the file, its reference when known, the field and why. */
public record PlacementError(long line, String creditorRef, String field, String message) {
}
