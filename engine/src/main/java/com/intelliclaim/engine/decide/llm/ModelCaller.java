package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.LlmSettings;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks one model through langchain4j's {@link OpenAiChatModel} (temperature 0, no logging of requests, no retries of
 * its own), retrying what may pass — rate limits, server errors, timeouts, broken connections — after the server's
 * {@code Retry-After} or an exponential backoff, and records every attempt and wait with its real duration.
 * Thread-safe.
 */
final class ModelCaller {
    private static final Logger LOG = LoggerFactory.getLogger(ModelCaller.class);

    private final String model;
    private final ChatModel chat;
    private final Endpoint endpoint;
    private final LlmOptions options;
    private final String apiKey;

    private ModelCaller(String model, ChatModel chat, Endpoint endpoint, LlmOptions options, String apiKey) {
        this.model = model;
        this.chat = chat;
        this.endpoint = endpoint;
        this.options = options;
        this.apiKey = apiKey;
    }

    static ModelCaller create(LlmSettings settings, Endpoint endpoint, String model, LlmOptions options) {
        String key = settings.apiKey() == null || settings.apiKey().isBlank() ? null : settings.apiKey().strip();
        ChatModel chat = OpenAiChatModel.builder()
                .httpClientBuilder(new ModelHttpClientBuilder())
                .baseUrl(endpoint.baseUrl())
                .apiKey(key)
                .modelName(model)
                .temperature(0.0)
                .timeout(endpoint.timeout())
                .maxRetries(0)
                .strictJsonSchema(settings.provider() == LlmSettings.Provider.OPENAI)
                .logRequests(false)
                .logResponses(false)
                .build();
        return new ModelCaller(model, chat, endpoint, options, key);
    }

    String model() {
        return model;
    }

    /**
     * Sends the messages and returns the answer's text ("" when the model sent none). Each request is an audit step
     * "llm MODEL LABEL N"; each wait is a step of its own.
     *
     * @throws ModelUnavailableException when the model gave no answer after the allowed attempts
     * @throws DecisionCancelledException when the thread is interrupted (the flag stays set)
     */
    String send(List<ChatMessage> messages, ResponseFormat format, String label, List<AuditStep> trail)
            throws ModelUnavailableException {
        ChatRequest request = ChatRequest.builder().messages(messages).responseFormat(format).build();
        for (int attempt = 1; ; attempt++) {
            String step = "llm " + model + " " + label + " " + attempt;
            stopIfCancelled(trail, step, 0);
            long start = System.nanoTime();
            try {
                ChatResponse response = chat.chat(request);
                String text = response.aiMessage() == null ? null : response.aiMessage().text();
                trail.add(new AuditStep(step, text == null ? "answered without text"
                        : "answered (" + text.length() + " characters)", millisSince(start)));
                return text == null ? "" : text;
            } catch (RuntimeException e) {
                stopIfCancelled(trail, step, millisSince(start));
                CallFailure failure = CallFailure.of(e, endpoint, model);
                trail.add(new AuditStep(step, failure.attemptDetail(), millisSince(start)));
                LOG.debug("Model {} at {}, attempt {}: {} [{}]", model, endpoint.shown(), attempt,
                        failure.attemptDetail(), technical(e));
                if (!failure.retriable() || attempt >= options.attempts()) {
                    String tries = failure.retriable() && attempt > 1 ? " (" + attempt + " tries)" : "";
                    throw new ModelUnavailableException(failure.reason() + tries, failure.serverWide());
                }
                pause(failure.retryAfter(), attempt, trail);
            }
        }
    }

    private void pause(Duration asked, int attempt, List<AuditStep> trail) throws ModelUnavailableException {
        Duration wait = asked != null ? asked : options.backoff(attempt);
        if (wait.compareTo(options.maxWait()) > 0) {
            throw new ModelUnavailableException("The model server at " + endpoint.shown() + " asked to wait "
                    + Endpoint.seconds(wait) + " before trying again, longer than the "
                    + Endpoint.seconds(options.maxWait()) + " allowed", false);
        }
        long start = System.nanoTime();
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String why = asked != null ? "the server asked to wait " + Endpoint.seconds(wait) + " (Retry-After)"
                : "backoff of " + Endpoint.seconds(wait);
        trail.add(new AuditStep("wait before retry", why, millisSince(start)));
        stopIfCancelled(trail, "wait before retry", 0);
    }

    private static void stopIfCancelled(List<AuditStep> trail, String step, long millis) {
        if (Thread.currentThread().isInterrupted()) {
            trail.add(new AuditStep(step, "cancelled", millis));
            throw new DecisionCancelledException();
        }
    }

    /** Exception types and, for an HTTP error, the start of the body with the key blanked: for debugging only. */
    private String technical(Throwable thrown) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            out.append(out.length() == 0 ? "" : " <- ").append(t.getClass().getSimpleName());
            if (t instanceof ModelHttpException http && http.getMessage() != null) {
                String body = http.getMessage();
                if (apiKey != null) {
                    body = body.replace(apiKey, "***");
                }
                out.append(' ').append(body, 0, Math.min(body.length(), 300));
            }
        }
        return out.toString();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
