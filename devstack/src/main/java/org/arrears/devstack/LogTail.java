package org.arrears.devstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The last lines of a log file, for error messages. */
public final class LogTail {

    private static final int MAX_BYTES = 64 * 1024;

    private LogTail() {
    }

    /** Up to {@code lines} last lines, each indented; a note instead when the file is missing or empty. */
    public static String of(Path file, int lines) {
        if (!Files.exists(file)) {
            return "    (no log at " + file + ")";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            int size = (int) Math.min(length, MAX_BYTES);
            byte[] bytes = new byte[size];
            in.seek(length - size);
            in.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
            if (size < length && !all.isEmpty()) {
                all = all.subList(1, all.size()); // the first line was cut
            }
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            if (last.isEmpty() || (last.size() == 1 && last.get(0).isBlank())) {
                return "    (" + file + " is empty)";
            }
            return "    " + String.join("\n    ", last);
        } catch (IOException e) {
            return "    (cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
