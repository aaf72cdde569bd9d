package com.intelliclaim.engine.ingest.chunk;

/**
 * The number, code or bullet a line starts with. {@code text} is the normalised marker (null for a bullet),
 * {@code rest} the line after it, trimmed. {@code depth} ranks numbered headings: 1 for "Section B" / "Part I", 2 for
 * "3" or "3.", 1 + the count of number groups for "3.1.7"; 0 when the marker has no rank (codes, letters, romans,
 * "3)").
 */
record Marker(Type type, String text, int depth, String rest) {
    enum Type {
        /** "3.1.7", "2.21", "4.2." */
        DOTTED,
        /** "4.", "4)", "(4)" */
        NUMBER,
        /** "4" followed by a space: only a heading number ("4 Waiting Period"), never a clause by itself. */
        BARE_NUMBER,
        /** "Excl01", "Code- Excl02" */
        CODE,
        /** "Section B", "Part I", "Chapter 2" */
        SECTION,
        /** "a)", "(a)", "a." */
        LETTER,
        /** "iv.", "(iv)", "ii)" */
        ROMAN,
        /** "•", "-", "*" and the private-use bullets that symbol fonts extract as */
        BULLET
    }

    /** Whether this marker numbers a clause (rather than an item that stays with its clause). */
    boolean numbersClause() {
        return type == Type.DOTTED || type == Type.NUMBER || type == Type.BARE_NUMBER || type == Type.CODE
                || type == Type.SECTION;
    }
}
