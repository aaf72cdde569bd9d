package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.SearchHit;

/** How a justification names a passage: "Clause 1.2 (p. 1)", or the document and page when there is no clause number. */
final class ClauseRef {
    private ClauseRef() {
    }

    static String of(Statement s) {
        return of(s.hit());
    }

    static String of(SearchHit hit) {
        String pages = hit.pageEnd() > hit.page() ? "pp. " + hit.page() + "-" + hit.pageEnd() : "p. " + hit.page();
        if (hit.clause() == null || hit.clause().isBlank()) {
            return hit.documentName() + " (" + pages + ")";
        }
        return "Clause " + hit.clause() + " (" + pages + ")";
    }

    /** "Clause 1.2 (p. 1): “words of the statement”". */
    static String quoting(Statement s) {
        return of(s) + ": \"" + Texts.shorten(s.text(), 170) + "\"";
    }
}
