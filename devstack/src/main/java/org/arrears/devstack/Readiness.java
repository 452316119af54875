package org.arrears.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Asks a service's {@code /q/health/ready}. */
final class Readiness {

    static final String PATH = "/q/health/ready";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(1))
            .version(HttpClient.Version.HTTP_1_1)
            .build();

    /** The answer: {@code status} is the health status ("UP", "DOWN"), or why there was none. */
    record Answer(int code, String status) {
        boolean ready() {
            return code == 200 && "UP".equals(status);
        }
    }

    Answer ask(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + PATH))
                .timeout(Duration.ofSeconds(3))
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), statusOf(response.body()));
        } catch (IOException e) {
            return new Answer(0, "unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, "interrupted");
        }
    }

    private static String statusOf(String body) {
        try {
            JsonNode status = JSON.readTree(body).get("status");
            return status == null ? "no status" : status.asText();
        } catch (IOException | RuntimeException e) {
            return "not health JSON";
        }
    }
}
