package org.arrears.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** TCP port helpers for servers bound to the loopback interface. */
public final class Ports {

    /** Ports already handed out by this JVM: two servers starting in parallel must not get the same one. */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    /**
     * A port that was free on 127.0.0.1 a moment ago. Another process can still take it before the caller
     * binds; callers that can retry on a bind failure should.
     */
    public static int free() {
        for (int attempt = 0; attempt < 20; attempt++) {
            try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                int port = s.getLocalPort();
                if (HANDED_OUT.add(port)) {
                    return port;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot find a free port", e);
            }
        }
        throw new IllegalStateException("no free port after 20 attempts");
    }

    /** Whether something accepts TCP connections on host:port right now. */
    public static boolean isListening(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Blocks until host:port accepts connections; fails after the timeout. */
    public static void awaitListening(String host, int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isListening(host, port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("nothing listening on " + host + ":" + port + " after " + timeout);
            }
            pause(25);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a port", e);
        }
    }
}
