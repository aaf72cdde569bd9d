package com.intelliclaim.engine.decide.llm;

import static com.intelliclaim.engine.decide.llm.ClaimFixtures.CAP;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.RULES;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.WAITING;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.answer;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.decide.Adjudication;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Everything logged at any level — ours and langchain4j's — while servers fail with bodies that echo the key: the key
 * never appears, nor the claim, and each fallback is logged once.
 */
class LlmLoggingTest {
    private static final String KEY = "sk-live-DO-NOT-LOG-4e1b";
    private final ScriptedLlmServer server = ScriptedLlmServer.start();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void capture() {
        rootLevel = root.getLevel();
        root.setLevel(Level.DEBUG);
        captured.start();
        root.addAppender(captured);
    }

    @AfterEach
    void release() {
        root.detachAppender(captured);
        root.setLevel(rootLevel);
        server.close();
    }

    @Test
    void theKeyAndTheClaimNeverReachTheLogs() {
        String echo = "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}";
        server.reply(new ScriptedLlmServer.Reply(500, echo, Map.of(), 0))
                .reply(new ScriptedLlmServer.Reply(401, echo, Map.of(), 0))
                .answer("not json " + KEY).answer(answer("REJECTED", "null", "P1"));
        LlmSettings settings = new LlmSettings(LlmSettings.Provider.OPENAI, server.baseUrl(), List.of("m1"), KEY,
                Duration.ofSeconds(2));
        LlmOptions fast = new LlmOptions(2, Duration.ofMillis(10), Duration.ofSeconds(1), "rules-test");
        LlmAdjudicator adjudicator = new LlmAdjudicator(settings, RULES, fast);

        Adjudication refused = adjudicator.adjudicate(claim(WAITING, CAP));
        Adjudication repaired = adjudicator.adjudicate(claim(WAITING, CAP));

        assertThat(refused.decidedBy()).isEqualTo("rules");
        assertThat(repaired.decidedBy()).isEqualTo("llm:m1");
        List<String> logged = new ArrayList<>();
        for (ILoggingEvent event : captured.list) {
            logged.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                logged.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(logged).isNotEmpty().noneMatch(line -> line.contains(KEY))
                .noneMatch(line -> line.contains("knee surgery")).noneMatch(line -> line.contains("waiting period"));
        assertThat(captured.list).filteredOn(e -> e.getLevel() == Level.WARN).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Decided by the rules instead of the LLM: The model server at " + server.root()
                        + " refused the API key (HTTP 401); check the key in the settings");
        assertThat(refused.auditTrail()).extracting(AuditStep::detail).noneMatch(detail -> detail.contains(KEY));
        assertThat(settings.toString()).doesNotContain(KEY);
    }
}
