package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.NoSuchElementException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A JSON array of accounts (application/json), read element by element with Jackson's streaming parser; an
 * element {@code {"trailer": {...}}} is the trailer. A syntax error ends the file (nothing after it can be
 * trusted); an element of the wrong shape is only that element's error.
 */
final class JsonArrayPlacementReader implements PlacementReader {

    private final JsonParser parser;
    private final ObjectMapper mapper;
    // Each element is read as a tree from the middle of the array: the house mapper's trailing-token check
    // would see the next element as garbage.
    private final ObjectReader elements;
    private boolean started;
    private boolean done;
    private ParsedRow next;

    JsonArrayPlacementReader(InputStream in, ObjectMapper mapper) throws IOException {
        this.parser = mapper.getFactory().createParser(in);
        this.mapper = mapper;
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (done) {
            return false;
        }
        try {
            if (!started) {
                started = true;
                JsonToken first = parser.nextToken();
                if (first != JsonToken.START_ARRAY) {
                    return fatal(1, "the body must be a JSON array of accounts");
                }
            }
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_ARRAY || token == null) {
                done = true;
                return false;
            }
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = elements.readTree(parser);
            next = JsonRows.of(node, line, mapper);
            return true;
        } catch (StreamReadException e) {
            return fatal(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "is not valid JSON; nothing after this line was read");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean fatal(long line, String message) {
        done = true;
        next = new ParsedRow.Malformed(line, null, "", message, true);
        return true;
    }

    @Override
    public ParsedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ParsedRow row = next;
        next = null;
        return row;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
