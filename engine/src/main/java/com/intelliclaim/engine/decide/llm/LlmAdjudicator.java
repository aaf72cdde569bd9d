package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.Adjudicator;
import com.intelliclaim.engine.decide.ClaimContext;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.request.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts the decision with a language model — any OpenAI-compatible server, or a local Ollama through its OpenAI API —
 * and accepts it only when it passes every check of {@link DraftReader}. An invalid answer gets one repair request
 * that names its problems; a second invalid answer, or no answer from any model of {@link LlmSettings#models()}
 * (tried in order), hands the claim to the fallback adjudicator (the rules), and the audit trail says why in plain
 * words. Passage text is evidence, never instruction: see {@link DecisionPrompt}. Thread-safe; interrupting the
 * calling thread stops it with a {@link DecisionCancelledException}.
 */
public final class LlmAdjudicator implements Adjudicator {
    /** The version of the prompt and answer checks, recorded on every decision a model made. */
    public static final String PROMPT_VERSION = "claim-decision-1";

    private static final Logger LOG = LoggerFactory.getLogger(LlmAdjudicator.class);

    private final LlmSettings settings;
    private final Adjudicator fallback;
    private final LlmOptions options;
    private final List<ModelCaller> models;
    private final DecisionPrompt prompt = new DecisionPrompt();
    private final DraftReader reader = new DraftReader();

    /** Asks the models of {@code settings} with the {@link LlmOptions#DEFAULTS}, falling back to {@code fallback}. */
    public LlmAdjudicator(LlmSettings settings, Adjudicator fallback) {
        this(settings, fallback, LlmOptions.DEFAULTS);
    }

    public LlmAdjudicator(LlmSettings settings, Adjudicator fallback, LlmOptions options) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.options = Objects.requireNonNull(options, "options");
        Endpoint endpoint = Endpoint.of(settings);
        this.models = settings.models().stream()
                .map(model -> ModelCaller.create(settings, endpoint, model, options))
                .toList();
    }

    @Override
    public Adjudication adjudicate(ClaimContext claim) {
        List<AuditStep> trail = new ArrayList<>();
        if (claim.passages().isEmpty()) {
            LOG.info("No passages were retrieved; the rules decide without asking the LLM");
            return fallBack(claim, trail, "No passages were retrieved, so there was nothing to show the model");
        }
        Evidence evidence = new Evidence(claim.passages());
        List<ChatMessage> messages = prompt.messages(claim.query(), claim.facts(), evidence);
        ResponseFormat format = DecisionSchema.responseFormat(settings.provider(), evidence);
        List<String> reasons = new ArrayList<>();
        for (ModelCaller model : models) {
            try {
                return consult(model, messages, format, evidence, trail);
            } catch (ModelUnavailableException e) {
                reasons.add(models.size() > 1 ? model.model() + ": " + e.getMessage() : e.getMessage());
                if (e.serverWide()) {
                    break;
                }
            } catch (InvalidAnswerException e) {
                reasons.add(e.getMessage());
                break;
            }
        }
        String reason = String.join("; ", reasons);
        LOG.warn("Decided by the rules instead of the LLM: {}", reason);
        return fallBack(claim, trail, reason);
    }

    /** One model: ask, check, and once more with the problems named when the first answer is invalid. */
    private Adjudication consult(ModelCaller model, List<ChatMessage> messages, ResponseFormat format,
                                 Evidence evidence, List<AuditStep> trail)
            throws ModelUnavailableException, InvalidAnswerException {
        String answer = model.send(messages, format, "attempt", trail);
        DraftReader.Result result = check(answer, evidence, trail);
        if (!result.valid()) {
            List<ChatMessage> repair = prompt.repair(messages, answer, result.problems(), evidence);
            result = check(model.send(repair, format, "repair", trail), evidence, trail);
            if (!result.valid()) {
                throw new InvalidAnswerException("The model " + model.model()
                        + " gave no valid decision, even after one repair (" + String.join("; ", result.problems())
                        + ")");
            }
        }
        return adjudication(result.draft(), model.model(), evidence, trail);
    }

    private DraftReader.Result check(String answer, Evidence evidence, List<AuditStep> trail) {
        long start = System.nanoTime();
        DraftReader.Result result = reader.read(answer, evidence);
        String detail = result.valid()
                ? "valid: " + result.draft().decision() + citing(result.draft().citations())
                : "invalid: " + String.join("; ", result.problems());
        trail.add(new AuditStep("check llm answer", detail, millisSince(start)));
        return result;
    }

    private Adjudication adjudication(DraftDecision draft, String model, Evidence evidence, List<AuditStep> trail) {
        List<Citation> citations = draft.citations().stream().map(id -> Citation.of(evidence.hit(id))).toList();
        return new Adjudication(draft.decision(), draft.amount(), draft.amountUpTo(), draft.currency(),
                draft.justification(), draft.confidence(), citations, draft.conditions(), "llm:" + model,
                options.standbyRulesVersion(), PROMPT_VERSION, trail);
    }

    private Adjudication fallBack(ClaimContext claim, List<AuditStep> trail, String reason) {
        long start = System.nanoTime();
        Adjudication rules = fallback.adjudicate(claim);
        trail.add(new AuditStep("fallback to rules", reason + "; decided by the rules instead", millisSince(start)));
        return rules.withStepsBefore(trail);
    }

    private static String citing(List<String> ids) {
        return ids.isEmpty() ? ", citing nothing" : ", citing " + String.join(", ", ids);
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** A model answered twice, and neither answer passed the checks. The message is plain words. */
    private static final class InvalidAnswerException extends Exception {
        InvalidAnswerException(String reason) {
            super(reason, null, false, false);
        }
    }
}
