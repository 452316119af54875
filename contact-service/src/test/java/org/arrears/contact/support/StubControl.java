package org.arrears.contact.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Steers the {@link ComplianceStub} from a test, over its control endpoints. */
public final class StubControl {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private StubControl() {
    }

    public static void deny(String account, Instant until) {
        post("/_stub/deny?account=" + enc(account) + "&until=" + enc(until.toString()));
    }

    public static void unknown(String account) {
        post("/_stub/unknown?account=" + enc(account));
    }

    public static void silence() {
        post("/_stub/silence");
    }

    public static void answer() {
        post("/_stub/answer");
    }

    public static JsonNode checks(String account) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri("/_stub/checks?account=" + enc(account)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            return new ObjectMapper().readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void post(String path) {
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(uri(path))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() != 204) {
                throw new IllegalStateException("stub answered " + r.statusCode() + " to " + path);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static URI uri(String path) {
        return URI.create(ConfigProvider.getConfig().getValue("quarkus.rest-client.compliance.url", String.class)
                + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
