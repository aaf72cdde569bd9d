package com.intelliclaim.engine.ingest.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Groups classified lines into {@link Block}s: a heading, clause start or definition begins a new block; list items,
 * table rows and plain lines continue the open block (across line and page breaks). Heading lines are kept as the
 * first lines of the block that follows them, so every non-blank line lands in exactly one block.
 */
final class BlockBuilder {
    private final LineClassifier classifier;
    private final List<Block> blocks = new ArrayList<>();
    private final HeadingTrail trail = new HeadingTrail();
    private final List<ClassifiedLine> pendingHeadings = new ArrayList<>();
    private List<ClassifiedLine> openLines;
    private String openClause;
    private String openHeading;
    private boolean openDefinition;
    /** The number of the last numbered clause since the last heading. */
    private String lastClause;

    private BlockBuilder(LineClassifier classifier) {
        this.classifier = classifier;
    }

    /** The blocks of {@code lines} (trimmed, non-blank, in document order). */
    static List<Block> build(LineClassifier classifier, List<DocumentText.TextLine> lines) {
        List<ClassifiedLine> classified = new ArrayList<>(lines.size());
        String previous = null;
        for (DocumentText.TextLine line : lines) {
            LineInfo info = classifier.classify(line.text(), previous);
            classified.add(new ClassifiedLine(line.start(), line.end(), line.text(), info));
            previous = line.text();
        }
        BlockBuilder builder = new BlockBuilder(classifier);
        for (int i = 0; i < classified.size(); i++) {
            ClassifiedLine line = classified.get(i);
            boolean parent = i + 1 < classified.size() && titlesChildren(line, classified.get(i + 1));
            builder.accept(parent ? new ClassifiedLine(line.start(), line.end(), line.text(),
                    new LineInfo(LineKind.HEADING, line.info().marker())) : line);
        }
        return builder.finish();
    }

    /**
     * "1. Waiting periods" directly followed by "1.1 …" is the title of clauses 1.1, 1.2 …, whatever its case: a
     * short numbered line whose next line opens its first sub-clause is a heading, not a clause of its own.
     */
    static boolean titlesChildren(ClassifiedLine line, ClassifiedLine next) {
        Marker marker = line.info().marker();
        Marker child = next.info().marker();
        if (line.kind() != LineKind.CLAUSE || marker == null || child == null
                || (marker.type() != Marker.Type.NUMBER && marker.type() != Marker.Type.BARE_NUMBER)
                || child.type() != Marker.Type.DOTTED) {
            return false;
        }
        String rest = marker.rest();
        return child.text().startsWith(marker.text() + ".") && !rest.isEmpty() && rest.length() <= 80
                && !rest.endsWith(".") && !rest.endsWith(";");
    }

    private void accept(ClassifiedLine line) {
        switch (line.kind()) {
            case HEADING -> {
                close();
                trail.enter(line.text(), line.info());
                pendingHeadings.add(line);
                lastClause = null;
            }
            case CLAUSE, DEFINITION -> {
                close();
                open(line, line.kind() == LineKind.DEFINITION);
            }
            default -> {
                if (openLines == null) {
                    open(line, false);
                } else {
                    openLines.add(line);
                }
            }
        }
    }

    private void open(ClassifiedLine line, boolean definition) {
        openLines = new ArrayList<>(pendingHeadings);
        openLines.add(line);
        pendingHeadings.clear();
        // The most specific clause number the block starts with; a block that starts unnumbered, or with a lettered
        // item, belongs to the numbered clause or heading above it ("ii. Chronic Condition means" under "2.26 Illness
        // means"); a lettered item outside any numbered clause is its own clause.
        String marker = line.info().markerText();
        String context = lastClause != null ? lastClause : trail.clause();
        openClause = line.info().numbersClause() ? marker : context != null ? context : marker;
        if (line.info().numbersClause()) {
            lastClause = marker;
        }
        openHeading = trail.path();
        openDefinition = definition;
    }

    private void close() {
        if (openLines != null) {
            blocks.add(new Block(openLines, openClause, openHeading, openDefinition));
            openLines = null;
        }
    }

    private List<Block> finish() {
        close();
        if (!pendingHeadings.isEmpty()) {
            blocks.add(new Block(pendingHeadings, trail.clause(), trail.path(), false));
        }
        return blocks;
    }
}
