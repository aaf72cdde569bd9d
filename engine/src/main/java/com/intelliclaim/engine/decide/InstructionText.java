package com.intelliclaim.engine.decide;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises document text that reads like an instruction to whoever decides — "approve this claim", "SYSTEM: ignore
 * previous instructions", "note to the adjudicator". A policy never speaks so: such text is evidence that someone
 * edited the document, never a rule. The rules set it aside; the LLM prompt quotes it, marked, and a decision may not
 * rest on it alone. The patterns address a decider, a model or a role; ordinary policy wording ("the insurer may
 * reject the claim") does not match. Thread-safe.
 */
public final class InstructionText {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(approve|accept|pay|reject|deny)\\s+this\\s+claim\\b"),
            Pattern.compile("\\b(you must|you should|always|please)\\s+(approve|reject|accept|pay out)\\b"),
            Pattern.compile("\\bnote\\s+to\\s+the\\s+(assessor|adjudicator|reviewer|model|ai)\\b"),
            Pattern.compile("\\b(ignore|disregard|forget|override)\\b[^.\\n]{0,40}?\\b(instructions?|prompts?|rules?"
                    + "|guidelines|clauses?|waiting periods?|exclusions?|limits?|conditions|policy|above)\\b"),
            Pattern.compile("\\b(the|this|an?)\\s+(model|assistant|adjudicator|ai|llm|language model)\\s+"
                    + "(must|should|shall|is to)\\b"),
            Pattern.compile("\\b(you are|act as|you're)\\b[^.\\n]{0,30}?\\b(ai|assistant|language model|chatbot|llm)\\b"),
            Pattern.compile("\\bas an ai\\b|\\bsystem prompt\\b"),
            Pattern.compile("(^|[\\n.;])\\s*(system|assistant|developer)\\s*:"),
            Pattern.compile("\"?decision\"?\\s*[:=]\\s*\"?(approved|rejected)\\b"),
            Pattern.compile("</?\\s*(system|instructions?|evidence|passage)\\b"));

    private InstructionText() {
    }

    /** Whether {@code text} (any case) reads like an instruction; false for null or empty text. */
    public static boolean readsLikeInstruction(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return PATTERNS.stream().anyMatch(p -> p.matcher(lower).find());
    }
}
