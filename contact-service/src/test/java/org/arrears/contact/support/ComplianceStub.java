package org.arrears.contact.support;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server standing in for compliance-service's {@code POST /v1/checks}, on 127.0.0.1 and a free
 * port. It ALLOWs by default; tests steer it over HTTP ({@code /_stub/*}), because the test and the application
 * live in different class loaders:
 * <ul>
 * <li>{@code POST /_stub/deny?account=A&until=ISO}: DENY that account's checks with nextEligibleAt.</li>
 * <li>{@code POST /_stub/unknown?account=A}: answer 404 for it, as for an account compliance never saw.</li>
 * <li>{@code POST /_stub/silence}: stop answering checks (requests hang) until {@code POST /_stub/answer}.</li>
 * <li>{@code GET /_stub/checks?account=A}: the check bodies received for the account, as a JSON array.</li>
 * </ul>
 */
public final class ComplianceStub {

    public static final String TOKEN = "test-service-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Map<String, String> denied = new ConcurrentHashMap<>();
    private final Set<String> unknown = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> checks = new CopyOnWriteArrayList<>();
    private final List<HttpExchange> held = new CopyOnWriteArrayList<>();
    private volatile boolean silent;

    private ComplianceStub(HttpServer server) {
        this.server = server;
    }

    public static ComplianceStub start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "compliance-stub");
            t.setDaemon(true);
            return t;
        }));
        ComplianceStub stub = new ComplianceStub(server);
        server.createContext("/v1/checks", stub::check);
        server.createContext("/_stub/", stub::control);
        server.start();
        return stub;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void check(HttpExchange ex) throws IOException {
        if (!("Bearer " + TOKEN).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            respond(ex, 401, "{\"type\":\"https://arrears.org/problems/unauthorized\",\"status\":401}");
            return;
        }
        JsonNode body = JSON.readTree(ex.getRequestBody());
        checks.add(body);
        if (silent) {
            held.add(ex); // no answer at all: the caller's timeout must fire
            return;
        }
        String account = body.path("accountId").asText();
        if (unknown.contains(account)) {
            respond(ex, 404, "{\"type\":\"https://arrears.org/problems/not-found\",\"status\":404}");
            return;
        }
        ObjectNode decision = JSON.createObjectNode();
        decision.put("checkId", "chk-" + java.util.UUID.randomUUID());
        ArrayNode reasons = decision.putArray("reasons");
        if (denied.containsKey(account)) {
            decision.put("decision", "DENY");
            reasons.addObject().put("code", "CALL_FREQUENCY_7_IN_7").put("citation", "1006.14(b)(2)(i)(A)")
                    .put("message", "7 calls in 7 days");
            decision.put("nextEligibleAt", denied.get(account));
        } else {
            decision.put("decision", "ALLOW");
            decision.putNull("nextEligibleAt");
        }
        decision.putArray("timeZones").add("America/New_York");
        decision.put("recorded", body.path("record").asBoolean());
        respond(ex, 200, JSON.writeValueAsString(decision));
    }

    private void control(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        Map<String, String> q = query(ex.getRequestURI());
        switch (path) {
            case "/_stub/deny" -> denied.put(q.get("account"), q.get("until"));
            case "/_stub/unknown" -> unknown.add(q.get("account"));
            case "/_stub/silence" -> silent = true;
            case "/_stub/answer" -> {
                silent = false;
                held.forEach(HttpExchange::close);
                held.clear();
            }
            case "/_stub/checks" -> {
                ArrayNode list = JSON.createArrayNode();
                checks.stream().filter(c -> c.path("accountId").asText().equals(q.get("account"))).forEach(list::add);
                respond(ex, 200, JSON.writeValueAsString(list));
                return;
            }
            default -> {
                respond(ex, 404, "{}");
                return;
            }
        }
        respond(ex, 204, null);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> q = new ConcurrentHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(java.net.URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? java.net.URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return q;
    }

    private static void respond(HttpExchange ex, int status, String body) throws IOException {
        if (body == null) {
            ex.sendResponseHeaders(status, -1);
            ex.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", status < 400 ? "application/json" : "application/problem+json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }
}
