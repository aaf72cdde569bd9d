package com.intelliclaim.engine.decide.llm;

import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads how long a server asks us to wait: {@code retry-after-ms} (sent by some OpenAI-compatible servers), else
 * {@code Retry-After} as seconds or as an HTTP date. Null when the server did not say or said something unreadable.
 */
final class RetryAfter {
    private RetryAfter() {
    }

    static Duration from(HttpHeaders headers, Clock clock) {
        Duration millis = headers.firstValue("retry-after-ms").map(RetryAfter::millis).orElse(null);
        if (millis != null) {
            return millis;
        }
        return headers.firstValue("retry-after").map(value -> parse(value, clock)).orElse(null);
    }

    static Duration parse(String value, Clock clock) {
        String text = value.trim();
        try {
            long seconds = Long.parseLong(text);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notDate) {
                return null;
            }
        }
    }

    private static Duration millis(String value) {
        try {
            double ms = Double.parseDouble(value.trim());
            return ms < 0 || Double.isNaN(ms) ? null : Duration.ofMillis((long) Math.ceil(ms));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
