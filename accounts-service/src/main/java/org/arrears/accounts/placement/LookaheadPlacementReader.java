package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

/**
 * The look-ahead every placement reader needs: {@code hasNext} reads one row ahead, {@code next} hands it over.
 * A format only says how to read its next row, and marks a row {@link #last} when the body cannot be read past it.
 */
abstract class LookaheadPlacementReader implements PlacementReader {

    private ParsedRow next;
    private boolean done;

    /** The next row, or null when the body has no more. */
    protected abstract ParsedRow read() throws IOException;

    /** Returns {@code row} and reads nothing after it: the rest of the body is unreadable. */
    protected final ParsedRow last(ParsedRow row) {
        done = true;
        return row;
    }

    @Override
    public final boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            next = read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (next == null) {
            done = true;
            return false;
        }
        return true;
    }

    @Override
    public final ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedRow row = next;
        next = null;
        return row;
    }
}
