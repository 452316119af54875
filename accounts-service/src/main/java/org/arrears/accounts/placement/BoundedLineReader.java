package org.arrears.accounts.placement;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines like BufferedReader, but a line longer than {@code maxChars} is skipped (reported as too long)
 * instead of being gathered into memory: one hostile line must not take the service down.
 */
final class BoundedLineReader {

    /** A line, or {@code tooLong} when it exceeded the limit and its content was dropped. */
    record Line(String text, boolean tooLong) {
    }

    private final Reader in;
    private final int maxChars;
    private final char[] buf = new char[64 * 1024];
    private int pos;
    private int len;

    BoundedLineReader(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    /** The next line without its terminator (\n or \r\n), or null at the end of the stream. */
    Line next() throws IOException {
        StringBuilder sb = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == len) {
                len = in.read(buf, 0, buf.length);
                pos = 0;
                if (len <= 0) {
                    len = 0;
                    return any ? finish(sb, tooLong) : null;
                }
            }
            any = true;
            int start = pos;
            while (pos < len && buf[pos] != '\n') {
                pos++;
            }
            if (!tooLong) {
                if (sb.length() + (pos - start) > maxChars) {
                    tooLong = true;
                    sb.setLength(0);
                } else {
                    sb.append(buf, start, pos - start);
                }
            }
            if (pos < len) {
                pos++; // the \n
                return finish(sb, tooLong);
            }
        }
    }

    private static Line finish(StringBuilder sb, boolean tooLong) {
        int n = sb.length();
        if (n > 0 && sb.charAt(n - 1) == '\r') {
            sb.setLength(n - 1);
        }
        return new Line(tooLong ? null : sb.toString(), tooLong);
    }
}
