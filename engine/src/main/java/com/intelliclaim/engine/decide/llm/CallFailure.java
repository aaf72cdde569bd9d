package com.intelliclaim.engine.decide.llm;

import java.time.Duration;

/**
 * Why one request to a model failed, in plain words, and what to do about it: retry the same model, try the next
 * model, or give up on the server (every model behind an unreachable server or a refused key fails alike).
 *
 * @param attemptDetail what the audit trail says about this attempt ("no answer within 2 s")
 * @param reason        the sentence that explains giving up ("The model server at … did not answer within 2 s")
 * @param retriable     whether the same request may succeed later (rate limit, server error, timeout)
 * @param serverWide    whether every model on this server would fail alike (unreachable, key refused)
 * @param retryAfter    the wait the server asked for, or null
 */
record CallFailure(String attemptDetail, String reason, boolean retriable, boolean serverWide, Duration retryAfter) {

    /** Classifies whatever langchain4j threw, from the cause our own HTTP client put at the bottom of it. */
    static CallFailure of(Throwable thrown, Endpoint endpoint, String model) {
        String server = "The model server at " + endpoint.shown();
        ModelCallException call = find(thrown, ModelCallException.class);
        if (call != null) {
            return switch (call.kind()) {
                case TIMEOUT -> new CallFailure("no answer within " + Endpoint.seconds(endpoint.timeout()),
                        server + " did not answer within " + Endpoint.seconds(endpoint.timeout()), true, false, null);
                case UNREACHABLE -> new CallFailure("could not connect", server + " could not be reached", false,
                        true, null);
                case DROPPED -> new CallFailure("the connection broke before the answer",
                        server + " broke the connection before answering", true, false, null);
                case INTERRUPTED -> new CallFailure("cancelled", "The decision was cancelled", false, true, null);
            };
        }
        ModelHttpException http = find(thrown, ModelHttpException.class);
        if (http != null) {
            return ofStatus(http.statusCode(), http.retryAfter().orElse(null), server, model);
        }
        return new CallFailure("the answer could not be read",
                server + " sent an answer for model '" + model + "' that is not a chat completion", false, false, null);
    }

    private static CallFailure ofStatus(int status, Duration retryAfter, String server, String model) {
        String code = " (HTTP " + status + ")";
        if (status == 429) {
            return new CallFailure("too many requests" + code, server + " kept refusing with 'too many requests'" + code,
                    true, false, retryAfter);
        }
        if (status >= 500 || status == 408) {
            return new CallFailure("server error" + code, server + " kept failing" + code, true, false, retryAfter);
        }
        if (status == 401 || status == 403) {
            return new CallFailure("API key refused" + code, server + " refused the API key" + code
                    + "; check the key in the settings", false, true, null);
        }
        if (status == 404) {
            return new CallFailure("model not found" + code, server + " does not offer the model '" + model + "'" + code,
                    false, false, null);
        }
        return new CallFailure("request rejected" + code, server + " rejected the request for model '" + model + "'"
                + code, false, false, null);
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
