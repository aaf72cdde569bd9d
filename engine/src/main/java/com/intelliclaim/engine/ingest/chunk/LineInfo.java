package com.intelliclaim.engine.ingest.chunk;

/** How one line was classified: its kind and the marker it starts with (null when none counts). */
record LineInfo(LineKind kind, Marker marker) {
    static final LineInfo BLANK = new LineInfo(LineKind.BLANK, null);
    static final LineInfo TEXT = new LineInfo(LineKind.TEXT, null);

    static LineInfo of(LineKind kind) {
        return new LineInfo(kind, null);
    }

    /**
     * The clause number or code, normalised ("4.2." becomes "4.2", "Code- Excl02" becomes "Excl02"; letter and roman
     * items keep their brackets: "(a)", "iv."), or null.
     */
    String markerText() {
        return marker == null ? null : marker.text();
    }

    /** Whether the line's marker numbers a clause ("3.1", "4)", "Excl01", "Section B") rather than an item. */
    boolean numbersClause() {
        return marker != null && marker.numbersClause();
    }
}
