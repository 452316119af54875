package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Temporary directories owned by this JVM (see {@link OwnerFile}), and the reaping of those whose JVM died
 * without cleaning up (killed with -9, a crashed test fork).
 * <p>
 * Layout: {@code java.io.tmpdir/arrears-testkit-USER/KIND/KIND-RANDOM}, world-traversable (755) because
 * PostgreSQL runs as another user when the JVM is root.
 */
final class ScratchDirs {

    /** A directory without an owner file may be being created right now by another JVM. */
    private static final Duration UNCLAIMED_GRACE = Duration.ofMinutes(1);

    private static final System.Logger LOG = System.getLogger(ScratchDirs.class.getName());

    private ScratchDirs() {
    }

    static Path base() {
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "arrears-testkit-" + System.getProperty("user.name"));
        return FileTrees.directory(base, "rwxr-xr-x");
    }

    static Path root(String kind) {
        return FileTrees.directory(base().resolve(kind), "rwxr-xr-x");
    }

    /** A new directory owned by this JVM. */
    static Path create(String kind) {
        try {
            Path dir = Files.createTempDirectory(root(kind), kind + "-");
            FileTrees.setMode(dir, "rwxr-xr-x");
            OwnerFile.claim(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory for " + kind, e);
        }
    }

    /**
     * Deletes every directory of this kind whose owning JVM is gone, first handing it to
     * {@code stopLeftovers} to stop any server process still running from it.
     */
    static void reapAbandoned(String kind, Consumer<Path> stopLeftovers) {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(root(kind))) {
            dirs = s.filter(Files::isDirectory).toList();
        } catch (IOException e) {
            return; // failing to reap must not fail a start
        }
        for (Path dir : dirs) {
            if (isAbandoned(dir)) {
                LOG.log(System.Logger.Level.INFO, "Reaping {0}, left by a JVM that is gone", dir);
                try {
                    stopLeftovers.accept(dir);
                } finally {
                    FileTrees.deleteRecursively(dir);
                }
            }
        }
    }

    private static boolean isAbandoned(Path dir) {
        if (Files.exists(dir.resolve(OwnerFile.NAME))) {
            return OwnerFile.ownerIsGone(dir);
        }
        try {
            return Files.getLastModifiedTime(dir).toInstant().isBefore(Instant.now().minus(UNCLAIMED_GRACE));
        } catch (IOException e) {
            return false;
        }
    }
}
