package org.arrears.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Reads and writes {@code <root>/stack.json}; writes replace the file atomically. */
public final class StackFile {

    public static final String NAME = "stack.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StackFile() {
    }

    public static Path path(Path root) {
        return root.resolve(NAME);
    }

    public static void write(Path root, StackState state) {
        Path target = path(root);
        try {
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, NAME, ".tmp");
            try {
                JSON.writeValue(temp.toFile(), state);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }

    /** The recorded stack, or empty when the root has none. */
    public static Optional<StackState> read(Path root) {
        Path source = path(root);
        if (!Files.exists(source)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(source.toFile(), StackState.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source + " (delete it if the stack is down)", e);
        }
    }

    public static void delete(Path root) {
        try {
            Files.deleteIfExists(path(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path(root), e);
        }
    }
}
