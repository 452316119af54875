package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The OS user PostgreSQL runs as. initdb and postgres refuse to run as root, and CI containers and this
 * build machine run everything as root; then the server runs as an unprivileged user (default "nobody",
 * {@code -Darrears.testkit.pg-os-user=NAME}) through {@code setpriv}, and owns its data directory.
 * Otherwise it simply runs as the JVM's user.
 */
final class PostgresUser {

    private static PostgresUser current;

    private final boolean switchUser;
    private final int uid;
    private final int gid;
    private final String name;

    private PostgresUser(boolean switchUser, int uid, int gid, String name) {
        this.switchUser = switchUser;
        this.uid = uid;
        this.gid = gid;
        this.name = name;
    }

    static synchronized PostgresUser current() {
        if (current == null) {
            if (jvmIsRoot()) {
                String name = System.getProperty("arrears.testkit.pg-os-user", "nobody");
                Duration t = Duration.ofSeconds(10);
                current = new PostgresUser(true, Integer.parseInt(OsProcesses.run(List.of("id", "-u", name), t)),
                        Integer.parseInt(OsProcesses.run(List.of("id", "-g", name), t)), name);
            } else {
                current = new PostgresUser(false, -1, -1, System.getProperty("user.name"));
            }
        }
        return current;
    }

    private static boolean jvmIsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    /** The command line that runs {@code command} as this user. */
    List<String> command(List<String> command) {
        List<String> full = new ArrayList<>();
        if (switchUser) {
            full.addAll(List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups", "--"));
        }
        full.addAll(command);
        return full;
    }

    /** Hands the directory tree to this user (only when it does not own its top already), then checks access. */
    void own(Path dir) {
        if (!switchUser) {
            return;
        }
        try {
            if (!Integer.valueOf(uid).equals(Files.getAttribute(dir, "unix:uid"))) {
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path p : (Iterable<Path>) paths::iterator) {
                        Files.setAttribute(p, "unix:uid", uid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                        Files.setAttribute(p, "unix:gid", gid, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hand " + dir + " to user " + name, e);
        }
        // A parent directory that is not world-traversable (e.g. under /root) fails here with a clear
        // message instead of deep inside initdb.
        try {
            OsProcesses.run(command(List.of("test", "-w", dir.toString())), Duration.ofSeconds(10));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("PostgreSQL runs as user " + name + ", who cannot write " + dir
                    + "; make every parent directory world-traversable (chmod o+x) or choose another place", e);
        }
    }
}
