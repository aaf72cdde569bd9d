package com.intelliclaim.engine.ingest.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a block and how good a place the gap after each word is to cut a long clause: best between
 * structural units (items, rows, paragraphs), then at a sentence end, then at a line end, then between words; never
 * inside a table row unless the row alone is too long.
 */
final class CutPoints {
    static final int INSIDE_ROW = -1;
    static final int WORD = 0;
    static final int LINE = 1;
    static final int SENTENCE = 2;
    static final int STRUCTURE = 3;

    private static final Pattern WORD_PATTERN = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;][\"”’')\\]]*$");
    private static final Pattern NUMBERING = Pattern.compile("^\\(?(?:\\d{1,3}(?:\\.\\d{1,3})*|[a-z]|[ivx]{1,4})$");
    /** Abbreviations common in Indian policy wordings, whose period does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "rs", "no", "nos", "e.g", "i.e", "viz", "etc", "dr", "mr", "mrs", "ms", "co", "ltd", "pvt", "regn", "reg",
            "sec", "cl", "vs", "approx", "incl", "max", "min", "govt", "dept", "st", "sr", "jr", "p.a", "w.e.f",
            "u/s", "art", "fig", "tel", "hosp");

    private final int[] starts;
    private final int[] ends;
    private final int[] priorityAfter;

    private CutPoints(int[] starts, int[] ends, int[] priorityAfter) {
        this.starts = starts;
        this.ends = ends;
        this.priorityAfter = priorityAfter;
    }

    static CutPoints of(String text, List<ClassifiedLine> lines) {
        List<int[]> words = new ArrayList<>();
        List<Integer> priorities = new ArrayList<>();
        for (int li = 0; li < lines.size(); li++) {
            ClassifiedLine line = lines.get(li);
            Matcher m = WORD_PATTERN.matcher(text).region(line.start(), line.end());
            int first = words.size();
            while (m.find()) {
                words.add(new int[] {m.start(), m.end()});
                boolean sentence = endsSentence(m.group());
                priorities.add(line.kind() == LineKind.TABLE_ROW ? INSIDE_ROW : sentence ? SENTENCE : WORD);
            }
            if (words.size() > first) {
                int last = words.size() - 1;
                priorities.set(last, gapAfterLine(text, lines, li, priorities.get(last) == SENTENCE));
            }
        }
        int[] starts = words.stream().mapToInt(w -> w[0]).toArray();
        int[] ends = words.stream().mapToInt(w -> w[1]).toArray();
        return new CutPoints(starts, ends, priorities.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int gapAfterLine(String text, List<ClassifiedLine> lines, int index, boolean sentenceEnd) {
        if (index + 1 >= lines.size()) {
            return STRUCTURE;
        }
        ClassifiedLine line = lines.get(index);
        ClassifiedLine next = lines.get(index + 1);
        boolean blankBetween = text.substring(line.end(), next.start()).chars().filter(c -> c == '\n').count() > 1;
        if (next.kind() != LineKind.TEXT || line.kind() == LineKind.HEADING || blankBetween) {
            return STRUCTURE;
        }
        return sentenceEnd ? SENTENCE : LINE;
    }

    static boolean endsSentence(String word) {
        if (!SENTENCE_END.matcher(word).find()) {
            return false;
        }
        String core = word.replaceAll("[\"”’')\\]]+$", "");
        core = core.substring(0, core.length() - 1).toLowerCase(Locale.ROOT);
        return !ABBREVIATIONS.contains(core.replaceAll("^[(\"“‘']+", "")) && !NUMBERING.matcher(core).matches();
    }

    int size() {
        return starts.length;
    }

    int start(int word) {
        return starts[word];
    }

    int end(int word) {
        return ends[word];
    }

    /** How good a cut the gap after {@code word} is; the last word of the block is always {@link #STRUCTURE}. */
    int priorityAfter(int word) {
        return priorityAfter[word];
    }
}
