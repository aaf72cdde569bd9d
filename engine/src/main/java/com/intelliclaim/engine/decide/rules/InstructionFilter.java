package com.intelliclaim.engine.decide.rules;

import java.util.regex.Pattern;

/**
 * Recognises text that reads like an instruction to whoever decides ("approve this claim", "ignore the waiting period").
 * A policy never speaks so; such a line is evidence that someone edited the document, never a rule.
 */
final class InstructionFilter {
    private static final Pattern INSTRUCTION = Pattern.compile(
            "\\b(approve|accept|pay|reject|deny)\\s+this\\s+claim\\b|\\bnote\\s+to\\s+the\\s+(assessor|adjudicator|reviewer|model|ai)\\b"
                    + "|\\b(ignore|disregard)\\s+(all\\s+|any\\s+|the\\s+|previous\\s+|above\\s+|earlier\\s+|other\\s+)*"
                    + "(instructions?|rules?|clauses?|waiting periods?|exclusions?|limits?|conditions|policy|above)\\b"
                    + "|\\b(the|this|an?)\\s+(model|assistant|adjudicator|ai|llm|language model)\\s+(must|should|shall|is to)\\b"
                    + "|\\bas an ai\\b|\\bsystem prompt\\b");

    private InstructionFilter() {
    }

    static boolean isInstruction(String lower) {
        return INSTRUCTION.matcher(lower).find();
    }
}
