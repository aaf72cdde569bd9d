package com.intelliclaim.engine.ingest.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * A structural unit of the document: a clause, definition or paragraph with the list items and table rows that belong
 * to it, preceded by the heading lines that introduce it. Blocks are the pieces that short-sibling merging joins and
 * that long-clause splitting cuts; {@code clause} and {@code heading} carry over to every chunk made from it.
 */
record Block(List<ClassifiedLine> lines, String clause, String heading, boolean definition) {
    Block {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a block needs at least one line");
        }
        lines = List.copyOf(lines);
    }

    int start() {
        return lines.get(0).start();
    }

    int end() {
        return lines.get(lines.size() - 1).end();
    }

    boolean startsWithHeading() {
        return lines.get(0).kind() == LineKind.HEADING;
    }

    /** This block followed by {@code next}, keeping this block's clause and heading. */
    Block append(Block next) {
        List<ClassifiedLine> joined = new ArrayList<>(lines);
        joined.addAll(next.lines());
        return new Block(joined, clause, heading, false);
    }
}
