package com.intelliclaim.engine.decide.llm;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpMethod;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.HttpClientBuilderLoader;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;

/**
 * The HTTP client langchain4j's {@code OpenAiChatModel} talks through: the JDK client, except that a failed response
 * keeps its {@code Retry-After} ({@link ModelHttpException}) and a request without an answer says why
 * ({@link ModelCallException}: timeout, unreachable, dropped, interrupted). Thread-safe.
 */
final class ModelHttpClient implements HttpClient {
    private final java.net.http.HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private volatile HttpClient streaming;

    ModelHttpClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        // HTTP/1.1: on plain http the JDK would otherwise offer an h2c upgrade, which some local servers mishandle
        this.client = java.net.http.HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = client.send(toJdk(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new ModelCallException(ModelCallException.Kind.UNREACHABLE, e);
        } catch (HttpTimeoutException e) {
            throw new ModelCallException(ModelCallException.Kind.TIMEOUT, e);
        } catch (ConnectException | UnresolvedAddressException e) {
            throw new ModelCallException(ModelCallException.Kind.UNREACHABLE, e);
        } catch (IOException e) {
            throw new ModelCallException(ModelCallException.Kind.DROPPED, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelCallException(ModelCallException.Kind.INTERRUPTED, e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw new ModelHttpException(status, response.body(), RetryAfter.from(response.headers(), Clock.systemUTC()));
        }
        return SuccessfulHttpResponse.builder()
                .statusCode(status)
                .headers(response.headers().map())
                .body(response.body())
                .build();
    }

    /** Streaming is not used to adjudicate; it is served by langchain4j's default client with the same timeouts. */
    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        HttpClient delegate = streaming;
        if (delegate == null) {
            delegate = HttpClientBuilderLoader.loadHttpClientBuilder()
                    .connectTimeout(connectTimeout).readTimeout(readTimeout).build();
            streaming = delegate;
        }
        delegate.execute(request, parser, listener);
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder builder = java.net.http.HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(readTimeout);
        request.headers().forEach((name, values) -> values.forEach(value -> builder.header(name, value)));
        if (request.method() == HttpMethod.POST) {
            String body = request.body() == null ? "" : request.body();
            builder.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            builder.method(request.method().name(), java.net.http.HttpRequest.BodyPublishers.noBody());
        }
        return builder.build();
    }
}
