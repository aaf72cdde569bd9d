package com.intelliclaim.app.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks an OpenAI-compatible endpoint for real: {@code GET {baseUrl}/models} with the key as a bearer token, on the
 * HTTP client's own threads, within a timeout. The answer says in plain words whether the address, the key and the
 * first model are right. Thread-safe.
 */
public final class ConnectionTester {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(ConnectionTester.class);

    private final Duration timeout;
    private HttpClient client; // made at the first test: building one loads TLS, which would slow the start

    public ConnectionTester(Duration timeout) {
        this.timeout = timeout;
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return client;
    }

    /** Never completes exceptionally: every failure becomes a {@link ConnectionCheck} that is not ok. */
    public CompletableFuture<ConnectionCheck> test(String baseUrl, String apiKey, List<String> models) {
        URI uri;
        try {
            uri = URI.create(baseUrl.strip().replaceAll("/+$", "") + "/models");
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new ConnectionCheck(false, "\"" + baseUrl + "\" is not a web address."));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json").GET();
        boolean keyGiven = apiKey != null && !apiKey.isBlank();
        if (keyGiven) {
            request.header("Authorization", "Bearer " + apiKey.strip());
        }
        try {
            return client().sendAsync(request.build(), HttpResponse.BodyHandlers.ofString())
                    .thenApply(response -> answer(uri, response, keyGiven, models))
                    .exceptionally(e -> failure(uri, e instanceof CompletionException && e.getCause() != null
                            ? e.getCause() : e));
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new ConnectionCheck(false, "\"" + baseUrl + "\" is not a web address."));
        }
    }

    private static ConnectionCheck answer(URI uri, HttpResponse<String> response, boolean keyGiven, List<String> models) {
        int status = response.statusCode();
        if (status == 401 || status == 403) {
            return new ConnectionCheck(false, keyGiven
                    ? "The server refused the API key (HTTP " + status + "). Check the key."
                    : "The server wants an API key (HTTP " + status + "). Enter one.");
        }
        if (status == 404) {
            return new ConnectionCheck(false, "The server answered, but there is no model list at " + uri
                    + " (HTTP 404). Check the address; it usually ends in /v1.");
        }
        if (status == 429) {
            return new ConnectionCheck(false, "The server is limiting requests (HTTP 429). Try again in a minute.");
        }
        if (status >= 500) {
            return new ConnectionCheck(false, "The server had a problem (HTTP " + status + "). Try again later.");
        }
        if (status != 200) {
            return new ConnectionCheck(false, "The server answered HTTP " + status + " instead of its model list.");
        }
        List<String> offered = modelIds(response.body());
        if (offered == null) {
            return new ConnectionCheck(false, "Something answered at " + uri + ", but not an OpenAI-compatible API.");
        }
        String wanted = models.isEmpty() ? null : models.get(0);
        if (wanted != null && !offered.isEmpty() && offered.stream().noneMatch(id -> sameModel(id, wanted))) {
            return new ConnectionCheck(false, "Connected, but the server does not offer the model \"" + wanted
                    + "\". It offers: " + String.join(", ", offered.subList(0, Math.min(8, offered.size())))
                    + (offered.size() > 8 ? " …" : "") + ".");
        }
        return new ConnectionCheck(true, "Connected. The server offers " + offered.size()
                + (offered.size() == 1 ? " model" : " models") + (wanted == null ? "" : ", including \"" + wanted + "\"")
                + ".");
    }

    /** Ollama lists "llama3.1:latest" for what the analyst calls "llama3.1". */
    private static boolean sameModel(String id, String wanted) {
        return id.equals(wanted) || id.equals(wanted + ":latest") || id.endsWith("/" + wanted);
    }

    private static List<String> modelIds(String body) {
        try {
            JsonNode data = new ObjectMapper().readTree(body).path("data");
            if (!data.isArray()) {
                return null;
            }
            List<String> ids = new ArrayList<>();
            data.forEach(m -> ids.add(m.path("id").asText()));
            return ids;
        } catch (IOException e) {
            return null;
        }
    }

    private ConnectionCheck failure(URI uri, Throwable e) {
        String host = uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
        if (has(e, HttpTimeoutException.class)) {
            return new ConnectionCheck(false, "No answer from " + host + " within " + timeout.toSeconds()
                    + " seconds. Check the address, and that the server is running.");
        }
        if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
            return new ConnectionCheck(false, "The server name " + uri.getHost() + " could not be found. Check the"
                    + " address, or whether this computer is online.");
        }
        if (has(e, ConnectException.class)) {
            return new ConnectionCheck(false, "Nothing answered at " + host + ". Check the address, and that the"
                    + " server is running.");
        }
        if (has(e, SSLException.class)) {
            return new ConnectionCheck(false, "The secure connection to " + host + " failed: its certificate is not"
                    + " trusted here, or it does not speak https.");
        }
        log.warn("Connection test to {} failed", host, e);
        return new ConnectionCheck(false, "The connection to " + host + " failed (the server closed it or did not"
                + " answer in HTTP). The details are in the log.");
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
