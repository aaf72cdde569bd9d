package com.intelliclaim.engine.decide.rules;

import java.util.List;

/**
 * What one rule says about the claim, in plain words, with the statements it rests on.
 *
 * @param effect     how it bears on the decision
 * @param sentence   a sentence of the justification
 * @param cited      the statements it rests on, most important first
 * @param confidence how directly the rule applied (0..1)
 * @param missing    the fact whose absence makes it undecidable, or null
 * @param direct     whether the rule names the procedure (or its group or class), rather than holding for any claim
 */
record Finding(Effect effect, String sentence, List<Statement> cited, double confidence, String missing, boolean direct) {

    enum Effect {
        /** The claim cannot be paid. */
        REJECT,
        /** A missing fact or an edge case decides: an analyst must look. */
        REVIEW,
        /** The rule covers the claim. */
        SUPPORT
    }

    Finding {
        cited = List.copyOf(cited);
    }

    static Finding reject(String sentence, double confidence, Statement... cited) {
        return new Finding(Effect.REJECT, sentence, List.of(cited), confidence, null, true);
    }

    static Finding review(String sentence, String missing, Statement... cited) {
        return new Finding(Effect.REVIEW, sentence, List.of(cited), 0.5, missing, true);
    }

    static Finding support(String sentence, double confidence, Statement... cited) {
        return new Finding(Effect.SUPPORT, sentence, List.of(cited), confidence, null, true);
    }

    /** Support from a rule that holds for any claim (the first days served, hospitalisation covered). */
    static Finding generalSupport(String sentence, double confidence, Statement... cited) {
        return new Finding(Effect.SUPPORT, sentence, List.of(cited), confidence, null, false);
    }
}
