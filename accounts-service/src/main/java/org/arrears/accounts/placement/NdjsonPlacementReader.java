package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * NDJSON (application/x-ndjson): one account per line; blank lines are ignored; a line
 * {@code {"trailer": {...}}} is the trailer. A bad line is that line's error and reading goes on.
 */
final class NdjsonPlacementReader extends LookaheadPlacementReader {

    /** Far more than any real account (a few KB) and small enough to hold. */
    static final int MAX_LINE_CHARS = 256 * 1024;

    private final InputStream stream;
    private final BoundedLineReader lines;
    private final ObjectMapper mapper;
    private long lineNumber;

    NdjsonPlacementReader(InputStream in, ObjectMapper mapper) {
        this.stream = in;
        this.lines = new BoundedLineReader(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE_CHARS);
        this.mapper = mapper;
    }

    @Override
    protected ParsedRow read() throws IOException {
        BoundedLineReader.Line line;
        while ((line = lines.next()) != null) {
            lineNumber++;
            if (line.tooLong()) {
                return new ParsedRow.Malformed(lineNumber, null, "", "line is longer than " + MAX_LINE_CHARS
                        + " characters", false);
            }
            if (!line.text().isBlank()) {
                return JsonRows.of(line.text(), lineNumber, mapper);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
