package org.arrears.accounts.placement;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a portfolio one row at a time from a stream; never holds more than the current row, so memory stays flat
 * whatever the size of the file.
 */
public interface PlacementReader extends Iterator<ParsedRow>, Closeable {

    static PlacementReader open(PlacementFormat format, InputStream in, ObjectMapper mapper) throws IOException {
        return switch (format) {
            case NDJSON -> new NdjsonPlacementReader(in, mapper);
            case JSON -> new JsonArrayPlacementReader(in, mapper);
            case CSV -> new CsvPlacementReader(in);
        };
    }
}
