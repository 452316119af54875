package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.InputStream;

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
final class JsonArrayPlacementReader extends LookaheadPlacementReader {

    private final JsonParser parser;
    private final ObjectMapper mapper;
    // Each element is read as a tree from the middle of the array: the house mapper's trailing-token check
    // would see the next element as garbage.
    private final ObjectReader elements;
    private boolean started;

    JsonArrayPlacementReader(InputStream in, ObjectMapper mapper) throws IOException {
        this.parser = mapper.getFactory().createParser(in);
        this.mapper = mapper;
        this.elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    @Override
    protected ParsedRow read() throws IOException {
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
                return null;
            }
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode node = elements.readTree(parser);
            return JsonRows.of(node, line, mapper);
        } catch (StreamReadException e) {
            return fatal(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "is not valid JSON; nothing after this line was read");
        }
    }

    private ParsedRow fatal(long line, String message) {
        return last(new ParsedRow.Malformed(line, null, "", message, true));
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
