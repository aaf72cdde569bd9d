package com.intelliclaim.engine.decide.llm;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.LlmSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where requests go, how the server is named in the audit trail, and how a server's wait is read. */
class EndpointAndRetryAfterTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            OPENAI | https://api.openai.com/v1/              | https://api.openai.com/v1         | https://api.openai.com
            OPENAI | http://user:secret@10.0.0.5:8080/v1?k=1 | http://user:secret@10.0.0.5:8080/v1?k=1 | http://10.0.0.5:8080
            OLLAMA | http://localhost:11434                  | http://localhost:11434/v1         | http://localhost:11434
            OLLAMA | http://localhost:11434/v1/              | http://localhost:11434/v1         | http://localhost:11434
            OPENAI | not a url                               | not a url                         | the configured model server
            """)
    void ollamaGetsV1AndTheShownUrlHidesCredentials(LlmSettings.Provider provider, String configured, String used,
                                                    String shown) {
        Endpoint endpoint = Endpoint.of(new LlmSettings(provider, configured, List.of("m"), null, Duration.ofSeconds(2)));

        assertThat(endpoint.baseUrl()).isEqualTo(used);
        assertThat(endpoint.shown()).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} ms")
    @CsvSource({"150, 150 ms", "1000, 1 s", "2500, 2.5 s", "60000, 60 s"})
    void durationsAreWrittenForPeople(long millis, String words) {
        assertThat(Endpoint.seconds(Duration.ofMillis(millis))).isEqualTo(words);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            3                              | 3000
            0                              | 0
            Thu, 01 Jan 2026 00:00:10 GMT  | 10000
            Wed, 31 Dec 2025 23:59:00 GMT  | 0
            -4                             |
            soon                           |
            """)
    void retryAfterIsReadAsSecondsOrAsADate(String header, Long millis) {
        Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

        Duration wait = RetryAfter.parse(header, clock);

        assertThat(wait == null ? null : wait.toMillis()).isEqualTo(millis);
    }

    @ParameterizedTest(name = "attempt {0}")
    @CsvSource({"1, 100", "2, 200", "3, 400", "6, 1000"})
    void backoffDoublesUpToTheLongestWait(int attempt, long millis) {
        LlmOptions options = new LlmOptions(5, Duration.ofMillis(100), Duration.ofSeconds(1), "rules-1");

        assertThat(options.backoff(attempt)).isEqualTo(Duration.ofMillis(millis));
    }
}
