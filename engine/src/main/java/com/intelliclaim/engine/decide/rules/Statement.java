package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.SearchHit;

/**
 * One statement of a retrieved passage: a numbered item, a table cell, a sentence. {@link #text} is cleaned for
 * reading; {@link #exact} is the same words exactly as the passage has them, for citing.
 *
 * @param hit     the passage
 * @param text    the statement, cleaned (one line, bullets and odd dashes removed)
 * @param lower   {@code text} in lower case
 * @param start   where the statement starts in the passage's text
 * @param end     where it ends
 * @param context the section and list it is read in
 * @param title   whether it is a heading line rather than a sentence
 */
record Statement(SearchHit hit, String text, String lower, int start, int end, Context context, boolean title) {

    /** The statement's words exactly as the passage has them. */
    String exact() {
        return hit.text().substring(start, end).strip();
    }

    /** The chunk's position in its document (from its id "sha-ordinal"), or -1 when the id does not say. */
    int ordinal() {
        return ordinalOf(hit);
    }

    static int ordinalOf(SearchHit hit) {
        String id = hit.chunkId();
        int dash = id == null ? -1 : id.lastIndexOf('-');
        if (dash < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(id.substring(dash + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
