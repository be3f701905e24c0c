package io.plantrail.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.plantrail.platform.security.TestIdentity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Reads the running service over real HTTP, the way a client does. */
public final class HttpJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String authorization;

    /** Signed in as "operator", a test user who audits and operates: it may read and replay everything. */
    public HttpJson(int port) {
        this(port, TestIdentity.basic("operator"));
    }

    private HttpJson(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    /** The same client with another {@code Authorization} header value, or none when null. */
    public HttpJson as(String authorization) {
        return new HttpJson(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), authorization);
    }

    public record Answer(int status, JsonNode body, HttpResponse<String> raw) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Answer get(String path) {
        return get(path, null);
    }

    /**
     * GET with an {@code Accept} header (none when null). The body is read as JSON only when the answer says it is
     * JSON; any other body is left in {@code raw}.
     */
    public Answer get(String path, String accept) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (accept != null) {
                request.header("Accept", accept);
            }
            HttpResponse<String> response = send(request);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = response.body().isBlank() || !isJson(contentType) ? JSON.nullNode()
                    : JSON.readTree(response.body());
            return new Answer(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer post(String path, String json) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        try {
            return new Answer(response.statusCode(),
                    response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body()), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The raw answer to a GET that accepts {@code accept}, such as {@code text/csv}. */
    public HttpResponse<String> raw(String path, String accept) {
        return get(path, accept).raw();
    }

    /** {@code application/json}, {@code application/problem+json} and the like; an answer without a type too. */
    private static boolean isJson(String contentType) {
        return contentType.isEmpty() || contentType.matches("application/([\\w.-]+\\+)?json\\b.*");
    }
}
