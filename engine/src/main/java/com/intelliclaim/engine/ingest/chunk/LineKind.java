package com.intelliclaim.engine.ingest.chunk;

/** What a line of policy text is, as far as the chunker cares. */
enum LineKind {
    /** Whitespace only. */
    BLANK,
    /** A title: a short capitalised line without a final period, possibly numbered ("3. EXCLUSIONS"). */
    HEADING,
    /** The start of a numbered clause or coded item ("3.1.7 …", "4) …", "Excl01 …", "Section B …"). */
    CLAUSE,
    /** The start of a definition ("Hospital means …", "2.21 Hospital means …"). */
    DEFINITION,
    /** A bullet or a lettered/roman item ("• …", "a) …", "(iv) …"); it stays with the clause above it. */
    LIST_ITEM,
    /** A table row: several cells separated by runs of spaces, tabs or " | "; never cut inside. */
    TABLE_ROW,
    /** Anything else, including a continuation of the clause above and a page number alone. */
    TEXT
}
