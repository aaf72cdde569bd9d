package com.intelliclaim.engine.decide.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI-compatible chat server on 127.0.0.1 (random port) for tests: it answers each request with the next
 * scripted reply, in order, and records every request. The only stand-in the house rules allow: the real langchain4j
 * client talks to it over real HTTP. With no reply left it answers 500, so a test that asks more than it scripted
 * fails visibly.
 */
public final class ScriptedLlmServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply: status, body, extra headers, and how long to wait before answering. */
    public record Reply(int status, String body, Map<String, String> headers, long delayMillis) {
    }

    /** One request as the server received it. */
    public record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        /** The content of the message with this role, the first one when {@code last} is false. */
        public String message(String role, boolean last) {
            String found = null;
            for (JsonNode message : json().get("messages")) {
                if (role.equals(message.get("role").asText())) {
                    found = message.get("content").asText();
                    if (!last) {
                        return found;
                    }
                }
            }
            return found;
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();
    private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());

    static {
        // without TCP_NODELAY every small reply waits ~40 ms on delayed ACKs; read once, when the server first starts
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private ScriptedLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    public static ScriptedLlmServer start() {
        try {
            return new ScriptedLlmServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OpenAI-style base URL, ending in {@code /v1}. */
    public String baseUrl() {
        return root() + "/v1";
    }

    /** The server's root, as an Ollama URL is usually written. */
    public String root() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues a chat completion whose assistant message is {@code content}. */
    public ScriptedLlmServer answer(String content) {
        return reply(new Reply(200, completion(content), Map.of(), 0));
    }

    /** Queues an error status with an OpenAI-style error body. */
    public ScriptedLlmServer fail(int status, Map<String, String> headers) {
        String body = "{\"error\":{\"message\":\"scripted failure " + status + "\",\"type\":\"scripted\"}}";
        return reply(new Reply(status, body, headers, 0));
    }

    /** Queues an answer that comes only after {@code millis}. */
    public ScriptedLlmServer stall(long millis, String content) {
        return reply(new Reply(200, completion(content), Map.of(), millis));
    }

    public ScriptedLlmServer reply(Reply reply) {
        script.add(reply);
        return this;
    }

    public List<Recorded> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            Reply reply = script.poll();
            if (reply == null) {
                reply = new Reply(500, "{\"error\":{\"message\":\"no scripted reply left\"}}", Map.of(), 0);
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode()
                .put("id", "chatcmpl-scripted")
                .put("object", "chat.completion")
                .put("created", 1_700_000_000L)
                .put("model", "scripted");
        ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return root.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
