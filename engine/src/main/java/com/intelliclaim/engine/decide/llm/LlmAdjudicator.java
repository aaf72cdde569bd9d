package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.Adjudicator;
import com.intelliclaim.engine.decide.ClaimContext;

/** TEMP placeholder so this branch compiles; the real LLM adjudicator replaces this file at merge. */
public final class LlmAdjudicator implements Adjudicator {
    public static final String PROMPT_VERSION = "prompt-placeholder";

    private final Adjudicator fallback;

    public LlmAdjudicator(LlmSettings settings, Adjudicator fallback) {
        this.fallback = fallback;
    }

    @Override
    public Adjudication adjudicate(ClaimContext claim) {
        return fallback.adjudicate(claim);
    }
}
