package org.arrears.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Logging of the {@code up} process: the embedded servers' messages go to {@code logs/devstack.log}, one line
 * each; the console shows only errors, so the table {@code up} prints stays readable.
 */
final class DevstackLogging {

    private static final String FORMAT = "%1$tF %1$tT.%1$tL %4$-7s [%3$s] %5$s%6$s%n";

    private DevstackLogging() {
    }

    static void toFile(Path file) {
        System.setProperty("java.util.logging.SimpleFormatter.format", FORMAT);
        try {
            Files.createDirectories(file.getParent());
            LogManager.getLogManager().reset();
            Logger rootLogger = Logger.getLogger("");
            rootLogger.setLevel(Level.INFO);
            Handler fileHandler = new FileHandler(file.toString(), true);
            fileHandler.setFormatter(new SimpleFormatter());
            fileHandler.setLevel(Level.INFO);
            rootLogger.addHandler(fileHandler);
            Handler console = new ConsoleHandler();
            console.setFormatter(new SimpleFormatter());
            console.setLevel(Level.SEVERE);
            rootLogger.addHandler(console);
            // The broker is chatty at INFO, as the services' logs are (they set the same levels).
            Logger.getLogger("kafka").setLevel(Level.WARNING);
            Logger.getLogger("org.apache.kafka").setLevel(Level.WARNING);
            Logger.getLogger("state.change.logger").setLevel(Level.WARNING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot log to " + file, e);
        }
    }
}
