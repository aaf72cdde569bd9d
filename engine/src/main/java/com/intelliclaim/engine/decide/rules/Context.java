package com.intelliclaim.engine.decide.rules;

/**
 * Where a statement is read: its section and, inside a list of waiting periods, the length the list's header or
 * lead-in gives ("iii. Two years waiting period") with the statement that gave it, and the header of the next list
 * when the passage shows it but not this list's own header.
 */
record Context(Section section, WaitingTime duration, Statement durationSource, Statement nextList) {
    static final Context NEUTRAL = new Context(Section.NEUTRAL, null, null, null);

    Context(Section section, WaitingTime duration, Statement durationSource) {
        this(section, duration, durationSource, null);
    }

    static Context of(Section section) {
        return new Context(section, null, null);
    }

    static Context waiting(WaitingTime duration, Statement source) {
        return new Context(Section.WAITING, duration, source);
    }

    /** The length of the list that follows this one in the passage, which bounds this list's length; null if none. */
    WaitingTime nextListLength() {
        return nextList == null ? null : nextList.context().duration();
    }
}
