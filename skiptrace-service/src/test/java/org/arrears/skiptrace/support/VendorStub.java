package org.arrears.skiptrace.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 standing in for skip-trace vendors. {@code POST /<vendor>} answers what was
 * scripted for the request's debtorKey; unscripted, vendor "slow" answers after 10 s, "broken" with 500 and any
 * other with 404 (nobody known). Scripts are set through {@link #script} in-process, or with
 * {@code PUT /script/<vendor>/<debtorKey>} from a test in another class loader; {@code GET /hits/<vendor>/<key>}
 * counts the lookups it received and {@code GET /auth/<vendor>} shows the last credential header.
 */
public final class VendorStub implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What to answer: HTTP status, a delay before answering, and the JSON body. */
    public record Script(int status, long delayMillis, String body) {
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Map<String, Script> scripts = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final Map<String, String> lastAuth = new ConcurrentHashMap<>();

    public VendorStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void script(String vendor, String debtorKey, Script script) {
        scripts.put(vendor + "/" + debtorKey, script);
    }

    public int hits(String vendor, String debtorKey) {
        AtomicInteger n = hits.get(vendor + "/" + debtorKey);
        return n == null ? 0 : n.get();
    }

    /** The credential header the vendor last received. */
    public String lastAuthorization(String vendor) {
        return lastAuth.get(vendor);
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            String[] path = x.getRequestURI().getPath().substring(1).split("/");
            String method = x.getRequestMethod();
            byte[] body = read(x.getRequestBody());
            if ("PUT".equals(method) && path.length == 3 && path[0].equals("script")) {
                JsonNode s = JSON.readTree(body);
                script(path[1], path[2], new Script(s.path("status").asInt(200), s.path("delayMillis").asLong(0),
                        s.path("body").toString()));
                respond(x, 204, null);
            } else if ("GET".equals(method) && path.length == 3 && path[0].equals("hits")) {
                respond(x, 200, String.valueOf(hits(path[1], path[2])));
            } else if ("GET".equals(method) && path.length == 2 && path[0].equals("auth")) {
                respond(x, 200, lastAuth.getOrDefault(path[1], ""));
            } else if ("POST".equals(method) && path.length == 1) {
                lookup(x, path[0], JSON.readTree(body));
            } else {
                respond(x, 405, null);
            }
        }
    }

    private void lookup(HttpExchange x, String vendor, JsonNode request) throws IOException {
        String key = request.path("debtorKey").asText("none");
        hits.computeIfAbsent(vendor + "/" + key, k -> new AtomicInteger()).incrementAndGet();
        String auth = x.getRequestHeaders().getFirst("Authorization");
        if (auth != null) {
            lastAuth.put(vendor, auth);
        }
        Script s = scripts.getOrDefault(vendor + "/" + key, switch (vendor) {
            case "slow" -> new Script(200, 10_000, "{}");
            case "broken" -> new Script(500, 0, "{\"error\":\"boom\"}");
            default -> new Script(404, 0, "{}");
        });
        if (s.delayMillis() > 0) {
            try {
                // The vendor being slow, on the server's own thread: what the caller's timeout is for.
                TimeUnit.MILLISECONDS.sleep(s.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        respond(x, s.status(), s.body());
    }

    private static void respond(HttpExchange x, int status, String body) throws IOException {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", "application/json");
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static byte[] read(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
