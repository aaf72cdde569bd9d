package com.intelliclaim.engine.decide.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lists of specific waiting periods often run over several passages, and retrieval may bring an item without its
 * list's header. This finds the header's length in the passages retrieved with it, and names the lists that run on
 * past the retrieved text.
 */
final class ListLengths {
    /** A clause number with sub-levels ("6.3", "4.2.1"): specific enough to join passages of one clause. */
    private static final Pattern NUMBERED_CLAUSE = Pattern.compile("\\d+(?:\\.\\d+)+\\.?");

    /** A numbered list item ("25. Chronic Kidney Disease", "7) Hernia"). */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("^\\(?\\d{1,3}[.)]\\s");

    /** How far back (in passages) a list's earlier header is looked for across a gap. */
    private static final int NEAR = 8;

    private ListLengths() {
    }

    /**
     * A list item whose passage does not say the list's length: the length given by the passage just before it in the
     * same document, when that one was retrieved too and is still inside the list (a chain of such passages is
     * followed back); else a lead-in of the same numbered clause ("6.3") with one length. A gap in the chain stops
     * the search: the header of another list may sit in the passage that was not retrieved.
     */
    static Rules.Waiting infer(Rules.Waiting w, List<StatementSplitter.Reading> readings) {
        int ordinal = w.statement().ordinal();
        String document = w.statement().hit().documentSha256();
        java.util.Map<Integer, StatementSplitter.Reading> byOrdinal = new java.util.HashMap<>();
        for (StatementSplitter.Reading r : readings) {
            if (java.util.Objects.equals(r.hit().documentSha256(), document)) {
                byOrdinal.putIfAbsent(Statement.ordinalOf(r.hit()), r);
            }
        }
        for (int o = ordinal - 1; ordinal > 0 && o >= 0 && byOrdinal.containsKey(o); o--) {
            Context last = byOrdinal.get(o).last();
            if (last.section() != Section.WAITING && !midListWithoutSection(byOrdinal.get(o))) {
                break;
            }
            if (last.duration() != null) {
                return w.withTime(last.duration(), last.durationSource());
            }
        }
        String clause = w.statement().hit().clause();
        if (clause == null || !NUMBERED_CLAUSE.matcher(clause).matches()) {
            return lowerBound(w, byOrdinal, ordinal);
        }
        for (StatementSplitter.Reading r : byOrdinal.values()) {
            if (r.hit() != w.statement().hit() && clause.equals(r.hit().clause())) {
                for (Statement s : r.statements()) {
                    if (RuleReader.LIST_INTRO.matcher(s.lower()).find() && s.context().duration() != null) {
                        return w.withTime(s.context().duration(), s.context().durationSource());
                    }
                }
            }
        }
        return lowerBound(w, byOrdinal, ordinal);
    }

    /**
     * Across a gap only a bound is safe: the nearest earlier passage (within a few) that ends inside a list of known
     * length says this item's list is no shorter, as lists of specific waiting periods run from the shortest up.
     */
    private static Rules.Waiting lowerBound(Rules.Waiting w, java.util.Map<Integer, StatementSplitter.Reading> byOrdinal,
                                            int ordinal) {
        for (int o = ordinal - 1; ordinal > 0 && o >= Math.max(0, ordinal - NEAR); o--) {
            StatementSplitter.Reading r = byOrdinal.get(o);
            if (r == null) {
                continue;
            }
            Context last = r.last();
            if (last.section() != Section.WAITING) {
                if (midListWithoutSection(r)) {
                    continue;
                }
                return w;
            }
            if (last.duration() != null) {
                return w.withLowerBound(last.duration(), last.durationSource());
            }
        }
        return w;
    }

    /**
     * A passage that starts with a numbered item and is read in no section throughout, without a title: the middle of
     * a list whose header is elsewhere (its heading trail may even name one of its items, taken for a heading), so it
     * neither continues nor ends the list of the passages around it as far as its words show, and the walk goes past.
     */
    private static boolean midListWithoutSection(StatementSplitter.Reading r) {
        return !r.statements().isEmpty() && NUMBERED_ITEM.matcher(r.statements().get(0).text()).find()
                && r.statements().stream().allMatch(s -> !s.title() && s.context().section() == Section.NEUTRAL);
    }

    /** The last statements of passages that stop inside a list of specific waiting periods, the next one not retrieved. */
    static List<Statement> openLists(List<StatementSplitter.Reading> readings, List<Rules.Waiting> waiting) {
        java.util.Set<String> retrieved = new java.util.HashSet<>();
        readings.forEach(r -> retrieved.add(r.hit().documentSha256() + "#" + Statement.ordinalOf(r.hit())));
        List<Statement> open = new ArrayList<>();
        for (StatementSplitter.Reading r : readings) {
            if (r.statements().isEmpty() || r.last().section() != Section.WAITING) {
                continue;
            }
            Statement last = r.statements().get(r.statements().size() - 1);
            boolean inList = last.title() || waiting.stream().anyMatch(w -> w.statement() == last
                    && w.scope() == Rules.Scope.SPECIFIC && (w.timeSource() != null || w.time() == null));
            int ordinal = Statement.ordinalOf(r.hit());
            if (inList && ordinal >= 0 && !retrieved.contains(r.hit().documentSha256() + "#" + (ordinal + 1))) {
                open.add(last);
            }
        }
        return open;
    }
}
