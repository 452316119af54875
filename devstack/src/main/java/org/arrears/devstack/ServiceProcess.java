package org.arrears.devstack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as {@code java -jar quarkus-run.jar}, its output going to its log file. */
final class ServiceProcess {

    private final ArrearsService service;
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(ArrearsService service, int port, Path log, Process process) {
        this.service = service;
        this.port = port;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts the service. The previous run's log is kept as {@code <service>.log.1}.
     */
    static ServiceProcess launch(ArrearsService service, Path jar, int port, Path logDir, Path workDir,
            List<String> jvmOptions, Map<String, String> environment) {
        Path log = logDir.resolve(service.moduleName() + ".log");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDir);
            if (Files.exists(log)) {
                Files.move(log, logDir.resolve(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
            }
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().putAll(environment);
            return new ServiceProcess(service, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service + " (" + String.join(" ", command) + ")", e);
        }
    }

    ArrearsService service() {
        return service;
    }

    int port() {
        return port;
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    TrackedProcess tracked() {
        return TrackedProcess.of(process.toHandle());
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Exit code of a process that has exited. */
    int exitValue() {
        return process.exitValue();
    }

    /** SIGTERM: Quarkus shuts down gracefully. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the exit after {@link #terminate()}; kills the process (and anything it started) if it is late. */
    boolean awaitExitOrKill(Duration grace) {
        try {
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return false;
        }
    }
}
