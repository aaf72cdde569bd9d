package com.intelliclaim.engine.decide.llm;

import static com.intelliclaim.engine.decide.llm.ClaimFixtures.CAP;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.HOSTILE;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.INJECTION;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.RULES;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.WAITING;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.answer;
import static com.intelliclaim.engine.decide.llm.ClaimFixtures.claim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.decide.Adjudication;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The LLM adjudicator driving the real langchain4j client against a scripted OpenAI-compatible server. */
class LlmAdjudicatorTest {
    static final String KEY = "sk-test-SECRET-7f3a9c";
    static final LlmOptions FAST = new LlmOptions(2, Duration.ofMillis(20), Duration.ofSeconds(1), "rules-test");

    private final ScriptedLlmServer server = ScriptedLlmServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private LlmAdjudicator adjudicator(Duration timeout, String... models) {
        return new LlmAdjudicator(new LlmSettings(LlmSettings.Provider.OPENAI, server.baseUrl(), List.of(models), KEY,
                timeout), RULES, FAST);
    }

    private LlmAdjudicator adjudicator(String... models) {
        return adjudicator(Duration.ofSeconds(2), models);
    }

    private static List<String> steps(Adjudication adjudication) {
        return adjudication.auditTrail().stream().map(AuditStep::step).toList();
    }

    private static AuditStep step(Adjudication adjudication, String name) {
        return adjudication.auditTrail().stream().filter(s -> s.step().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void validAnswerBecomesTheDecisionWithItsCitationsAndVersions() {
        server.answer(answer("APPROVED", "15000", "P2", "P1"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decision()).isEqualTo(Outcome.APPROVED);
        assertThat(decided.amount()).isEqualByComparingTo(new BigDecimal("15000"));
        assertThat(decided.amountUpTo()).isTrue();
        assertThat(decided.currency()).isEqualTo("INR");
        assertThat(decided.citations()).extracting(Citation::chunkId).containsExactly("chunk-cap", "chunk-wait");
        assertThat(decided.citations().get(0).text()).isEqualTo(CAP.text());
        assertThat(decided.conditions()).containsExactly("network hospital");
        assertThat(decided.confidence()).isEqualTo(0.8);
        assertThat(decided.decidedBy()).isEqualTo("llm:gpt-4o-mini");
        assertThat(decided.promptVersion()).isEqualTo(LlmAdjudicator.PROMPT_VERSION);
        assertThat(decided.rulesVersion()).isEqualTo("rules-test");
        assertThat(steps(decided)).containsExactly("llm gpt-4o-mini attempt 1", "check llm answer");
        assertThat(step(decided, "check llm answer").detail()).isEqualTo("valid: APPROVED, citing P2, P1");
    }

    @Test
    void asksWithTheKeyTemperatureZeroAndAStrictSchemaLimitedToTheRetrievedIds() {
        server.answer(answer("REJECTED", "null", "P1"));

        adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP));

        ScriptedLlmServer.Recorded request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isEqualTo("Bearer " + KEY);
        JsonNode body = request.json();
        assertThat(body.get("model").asText()).isEqualTo("gpt-4o-mini");
        assertThat(body.get("temperature").asDouble()).isZero();
        JsonNode format = body.get("response_format");
        assertThat(format.get("type").asText()).isEqualTo("json_schema");
        assertThat(format.at("/json_schema/strict").asBoolean()).isTrue();
        assertThat(format.at("/json_schema/schema/properties/decision/enum").toString())
                .isEqualTo("[\"APPROVED\",\"REJECTED\",\"NEEDS_REVIEW\"]");
        assertThat(format.at("/json_schema/schema/properties/citations/items/enum").toString())
                .isEqualTo("[\"P1\",\"P2\"]");
        assertThat(format.at("/json_schema/schema/required")).hasSize(8);
    }

    @Test
    void invalidThenValidAnswerIsRepairedOnce() {
        server.answer("I think the claim should be approved.").answer(answer("REJECTED", "null", "P1"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decision()).isEqualTo(Outcome.REJECTED);
        assertThat(decided.decidedBy()).isEqualTo("llm:gpt-4o-mini");
        assertThat(steps(decided)).containsExactly("llm gpt-4o-mini attempt 1", "check llm answer",
                "llm gpt-4o-mini repair 1", "check llm answer");
        assertThat(decided.auditTrail().get(1).detail()).isEqualTo("invalid: the answer is not a JSON object");
        JsonNode repair = server.requests().get(1).json().get("messages");
        assertThat(repair).hasSize(4);
        assertThat(repair.get(2).get("role").asText()).isEqualTo("assistant");
        assertThat(repair.get(2).get("content").asText()).isEqualTo("I think the claim should be approved.");
        assertThat(repair.get(3).get("content").asText()).contains("- the answer is not a JSON object")
                .contains("Cite only P1 and P2");
    }

    @Test
    void invalidTwiceFallsBackToTheRulesWithTheReasonRecorded() {
        server.answer("{\"decision\":\"MAYBE\"}").answer("still not a decision");

        Adjudication decided = adjudicator("gpt-4o-mini", "gpt-4o").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("rules");
        assertThat(decided.decision()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(server.requests()).as("an invalid answer does not move on to the next model").hasSize(2);
        assertThat(steps(decided)).containsExactly("llm gpt-4o-mini attempt 1", "check llm answer",
                "llm gpt-4o-mini repair 1", "check llm answer", "fallback to rules", "rules");
        assertThat(step(decided, "fallback to rules").detail())
                .isEqualTo("The model gpt-4o-mini gave no valid decision, even after one repair (the answer is not a "
                        + "JSON object); decided by the rules instead");
    }

    @Test
    void citationOfAPassageThatWasNotRetrievedIsRejected() {
        server.answer(answer("REJECTED", "null", "P1", "P7")).answer(answer("REJECTED", "null", "P9"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("rules");
        assertThat(decided.auditTrail().get(1).detail())
                .isEqualTo("invalid: citation \"P7\" is not one of the passages given (P1 and P2)");
        assertThat(server.requests().get(1).message("user", true))
                .contains("citation \"P7\" is not one of the passages given (P1 and P2)");
        assertThat(step(decided, "fallback to rules").detail()).contains("citation \"P9\" is not one of the passages");
    }

    @Test
    void rateLimitIsRetriedAfterTheWaitTheServerAskedFor() {
        server.fail(429, Map.of("Retry-After-Ms", "150")).answer(answer("REJECTED", "null", "P1"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("llm:gpt-4o-mini");
        assertThat(steps(decided)).containsExactly("llm gpt-4o-mini attempt 1", "wait before retry",
                "llm gpt-4o-mini attempt 2", "check llm answer");
        assertThat(decided.auditTrail().get(0).detail()).isEqualTo("too many requests (HTTP 429)");
        AuditStep wait = step(decided, "wait before retry");
        assertThat(wait.detail()).isEqualTo("the server asked to wait 150 ms (Retry-After)");
        assertThat(wait.millis()).isGreaterThanOrEqualTo(145);
    }

    @Test
    void aServerThatAsksForTooLongAWaitIsGivenUp() {
        server.fail(429, Map.of("Retry-After", "5"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP));

        assertThat(server.requests()).hasSize(1);
        assertThat(steps(decided)).containsExactly("llm gpt-4o-mini attempt 1", "fallback to rules", "rules");
        assertThat(step(decided, "fallback to rules").detail()).isEqualTo("The model server at " + server.root()
                + " asked to wait 5 s before trying again, longer than the 1 s allowed; decided by the rules instead");
    }

    @Test
    void serverErrorsAreRetriedWithBackoffThenTheNextModelIsTried() {
        server.fail(503, Map.of()).fail(502, Map.of()).answer(answer("REJECTED", "null", "P1"));

        Adjudication decided = adjudicator("big-model", "small-model").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("llm:small-model");
        assertThat(server.requests()).extracting(r -> r.json().get("model").asText())
                .containsExactly("big-model", "big-model", "small-model");
        assertThat(steps(decided)).containsExactly("llm big-model attempt 1", "wait before retry",
                "llm big-model attempt 2", "llm small-model attempt 1", "check llm answer");
        assertThat(step(decided, "wait before retry").detail()).isEqualTo("backoff of 20 ms");
    }

    @Test
    void aModelThatDoesNotAnswerInTimeGivesWayToTheNextModel() {
        server.stall(1500, answer("APPROVED", "15000", "P2")).stall(1500, answer("APPROVED", "15000", "P2"))
                .answer(answer("REJECTED", "null", "P1"));
        long start = System.nanoTime();

        Adjudication decided = adjudicator(Duration.ofMillis(300), "slow-model", "fast-model")
                .adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("llm:fast-model");
        assertThat(decided.decision()).isEqualTo(Outcome.REJECTED);
        assertThat(decided.auditTrail().get(0).detail()).isEqualTo("no answer within 300 ms");
        assertThat(decided.auditTrail().get(0).millis()).isBetween(250L, 1200L);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
    }

    @Test
    void whenEveryModelTimesOutTheRulesDecideAndSayWhy() {
        for (int i = 0; i < 4; i++) {
            server.stall(1200, answer("APPROVED", "15000", "P2"));
        }

        Adjudication decided = adjudicator(Duration.ofMillis(250), "m1", "m2").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("rules");
        assertThat(step(decided, "fallback to rules").detail()).isEqualTo(
                "m1: The model server at " + server.root() + " did not answer within 250 ms (2 tries); m2: The model "
                        + "server at " + server.root() + " did not answer within 250 ms (2 tries); decided by the rules "
                        + "instead");
    }

    @Test
    void anUnreachableServerHandsOverToTheRulesWithAPlainReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        LlmAdjudicator adjudicator = new LlmAdjudicator(new LlmSettings(LlmSettings.Provider.OPENAI,
                "http://127.0.0.1:" + closedPort + "/v1", List.of("gpt-4o-mini", "gpt-4o"), KEY,
                Duration.ofSeconds(1)), RULES, FAST);

        Adjudication decided = adjudicator.adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("rules");
        assertThat(steps(decided)).as("the other models live on the same server: not tried")
                .containsExactly("llm gpt-4o-mini attempt 1", "fallback to rules", "rules");
        assertThat(decided.auditTrail().get(0).detail()).isEqualTo("could not connect");
        assertThat(step(decided, "fallback to rules").detail()).isEqualTo("gpt-4o-mini: The model server at "
                + "http://127.0.0.1:" + closedPort + " could not be reached; decided by the rules instead");
    }

    @Test
    void modelsAreTriedInTheirOrderUntilOneAnswers() {
        server.fail(404, Map.of()).fail(400, Map.of()).answer(answer("REJECTED", "null", "P1"));

        Adjudication decided = adjudicator("first", "second", "third").adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("llm:third");
        assertThat(server.requests()).extracting(r -> r.json().get("model").asText())
                .containsExactly("first", "second", "third");
        assertThat(decided.auditTrail()).extracting(AuditStep::detail)
                .startsWith("model not found (HTTP 404)", "request rejected (HTTP 400)");
    }

    @Test
    void aRefusedKeyStopsAtTheFirstModelAndNeverShowsTheKey() {
        server.reply(new ScriptedLlmServer.Reply(401,
                "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}", Map.of(), 0));

        Adjudication decided = adjudicator("gpt-4o-mini", "gpt-4o").adjudicate(claim(WAITING, CAP));

        assertThat(server.requests()).hasSize(1);
        assertThat(step(decided, "fallback to rules").detail()).isEqualTo("gpt-4o-mini: The model server at "
                + server.root() + " refused the API key (HTTP 401); check the key in the settings; decided by the rules "
                + "instead");
        assertThat(decided.toString()).doesNotContain(KEY);
    }

    @Test
    void ollamaIsAskedWithoutAKeyInPlainJsonModeUnderV1() {
        server.answer(answer("REJECTED", "null", "P1"));
        LlmAdjudicator ollama = new LlmAdjudicator(new LlmSettings(LlmSettings.Provider.OLLAMA, server.root() + "/",
                List.of("llama3.1:8b"), null, Duration.ofSeconds(2)), RULES, FAST);

        Adjudication decided = ollama.adjudicate(claim(WAITING, CAP));

        assertThat(decided.decidedBy()).isEqualTo("llm:llama3.1:8b");
        ScriptedLlmServer.Recorded request = server.requests().get(0);
        assertThat(request.path()).isEqualTo("/v1/chat/completions");
        assertThat(request.header("Authorization")).isNull();
        assertThat(request.json().get("response_format").toString()).isEqualTo("{\"type\":\"json_object\"}");
        assertThat(request.message("system", false)).contains("Answer with one JSON object and nothing else");
    }

    @Test
    void noPassagesMeansNoModelCall() {
        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim());

        assertThat(server.requests()).isEmpty();
        assertThat(decided.decidedBy()).isEqualTo("rules");
        assertThat(step(decided, "fallback to rules").detail())
                .startsWith("No passages were retrieved, so there was nothing to show the model");
    }

    @Test
    void interruptionStopsTheWaitForTheModelAndKeepsTheFlag() throws Exception {
        server.stall(3000, answer("APPROVED", "15000", "P2"));
        LlmAdjudicator adjudicator = adjudicator(Duration.ofSeconds(5), "gpt-4o-mini");
        AtomicReference<Thread> worker = new AtomicReference<>();
        CompletableFuture<Boolean> interruptedAfter = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            worker.set(Thread.currentThread());
            try {
                adjudicator.adjudicate(claim(WAITING, CAP));
                interruptedAfter.completeExceptionally(new AssertionError("decided although interrupted"));
            } catch (DecisionCancelledException e) {
                interruptedAfter.complete(Thread.currentThread().isInterrupted());
            } catch (RuntimeException e) {
                interruptedAfter.completeExceptionally(e);
            }
        });
        long start = System.nanoTime();
        thread.start();
        Thread.sleep(300);
        thread.interrupt();

        assertThat(interruptedAfter.get(2, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2000));
    }

    @Test
    void anInterruptedThreadIsNotSentToTheModel() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, CAP)))
                    .isInstanceOf(DecisionCancelledException.class)
                    .hasMessage("The decision was cancelled before the model answered; nothing was decided.");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aPassageThatGivesOrdersStaysQuotedEvidenceAndCannotCarryTheDecision() {
        server.answer(answer("APPROVED", "200000", "P2")).answer(answer("APPROVED", "200000", "P2"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, HOSTILE, CAP));

        ScriptedLlmServer.Recorded request = server.requests().get(0);
        String system = request.message("system", false);
        String user = request.message("user", false);
        assertThat(system).doesNotContain("ignore previous instructions").doesNotContain("claim-form.pdf");
        String evidence = user.substring(user.indexOf("<evidence>"), user.indexOf("</evidence>"));
        String hostile = evidence.substring(evidence.indexOf("<passage id=\"P2\""),
                evidence.indexOf("</passage>", evidence.indexOf("<passage id=\"P2\"")));
        assertThat(hostile).startsWith("<passage id=\"P2\" document=\"claim-form.pdf\" page=\"1\" heading=\"Notes\" "
                + "caution=\"instruction-like\">\n").contains(INJECTION);
        assertThat(user.indexOf(INJECTION)).as("the injected text appears once, inside its passage")
                .isEqualTo(user.lastIndexOf(INJECTION));
        assertThat(decided.auditTrail().get(1).detail()).isEqualTo("invalid: the decision rests only on P2, which "
                + "reads like an instruction rather than policy wording; decide from the policy clauses");
        assertThat(decided.decidedBy()).isEqualTo("rules");
        assertThat(decided.decision()).isEqualTo(Outcome.NEEDS_REVIEW);
    }

    @Test
    void theDecisionComesOnlyFromTheModelsJsonEvenBesideAHostilePassage() {
        server.answer(answer("REJECTED", "null", "P1", "P2"));

        Adjudication decided = adjudicator("gpt-4o-mini").adjudicate(claim(WAITING, HOSTILE, CAP));

        assertThat(decided.decision()).isEqualTo(Outcome.REJECTED);
        assertThat(decided.citations()).extracting(Citation::chunkId).containsExactly("chunk-wait", "chunk-hostile");
        assertThat(decided.justification()).isEqualTo("Clause 1.2 (P1) sets a 3-month waiting period for surgery.");
    }
}
