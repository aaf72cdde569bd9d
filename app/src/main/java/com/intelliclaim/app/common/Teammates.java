package com.intelliclaim.app.common;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tells the analyst's own work from a teammate's by the name it carries: a decision's analyst, a document's sender.
 * "Me" is the name in Settings (recorded on everything this analyst makes and sends), read at each call so a change
 * applies at once; names are compared ignoring case and surrounding spaces.
 */
public final class Teammates {
    /** Nobody is a teammate (screens used without team sync). */
    public static final Teammates NONE = new Teammates(() -> null);

    private final Supplier<String> me;

    /** @param me this analyst's name; null or blank when nobody is marked as a teammate */
    public Teammates(Supplier<String> me) {
        this.me = me;
    }

    /** The teammate's name when {@code author} is someone else; empty for this analyst's own work or no author. */
    public Optional<String> of(String author) {
        String mine = me.get();
        if (author == null || author.isBlank() || mine == null || mine.isBlank()) {
            return Optional.empty();
        }
        return normal(author).equals(normal(mine)) ? Optional.empty() : Optional.of(author.strip());
    }

    /** "from Asha": the tag a teammate's item carries. */
    public static String tag(String teammate) {
        return "from " + teammate;
    }

    private static String normal(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
