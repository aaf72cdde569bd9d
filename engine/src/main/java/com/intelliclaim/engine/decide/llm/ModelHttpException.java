package com.intelliclaim.engine.decide.llm;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;
import java.util.Optional;

/**
 * A model server's answer with a status other than 2xx, keeping what langchain4j's own client drops: how long the
 * server asked us to wait ({@code Retry-After}). The message is the response body: technical, never shown to users.
 */
final class ModelHttpException extends HttpException {
    private final transient Duration retryAfter;

    ModelHttpException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The wait the server asked for, if it said. */
    Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
