package com.intelliclaim.engine.ingest.chunk;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tags a line of policy text as heading, clause start, definition, list item, table row or plain text. Every
 * structural rule of the chunker that looks at a single line lives here (the numbering rules in {@link Markers}).
 * Stateless and thread-safe.
 */
final class LineClassifier {
    private static final Pattern TABLE_CELL_GAP = Pattern.compile("\\S(?: {3,}|\\t+| ?\\| ?)\\S");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?$|^[-–]\\s*\\d{1,4}\\s*[-–]$");
    private static final Pattern DEFINITION = Pattern.compile(
            "^([\"“‘']?[A-Z][^.;:!?]{0,70}?[\"”’']?)\\s+(?:means|mean|shall mean|refers to|is defined as)(?:\\s|[:;,]|$)");
    private static final int TERM_MAX_WORDS = 8;
    private static final Pattern NOT_A_TERM = Pattern.compile("^(?:This|That|It|Which|What|These|Those|Such)\\b");
    private static final int HEADING_MAX_CHARS = 90;
    private static final int HEADING_MAX_WORDS = 12;
    /** Lower-case words allowed inside a Title Case heading ("Waiting Period for Specified Diseases"). */
    private static final Set<String> TITLE_SMALL_WORDS = Set.of(
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "per", "the", "to",
            "under", "upon", "via", "vs", "with", "within", "without");
    /** Words that leave a sentence open at the end of a line, so the next line continues it. */
    private static final Set<String> OPEN_ENDINGS = Set.of(
            "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "is", "of", "on", "or",
            "per", "such", "than", "that", "the", "to", "under", "which", "with");

    /** Classifies a line on its own, as the first line of a document would be. */
    LineInfo classify(String line) {
        return classify(line, null);
    }

    /**
     * Classifies {@code line}; {@code previousLine} is the nearest non-blank line before it (or null), used to tell a
     * heading from the end of a sentence that wrapped onto a short capitalised line.
     */
    LineInfo classify(String line, String previousLine) {
        String text = line.trim();
        if (text.isEmpty()) {
            return LineInfo.BLANK;
        }
        if (PAGE_NUMBER.matcher(text).matches()) {
            return LineInfo.TEXT;
        }
        if (TABLE_CELL_GAP.matcher(text).find()) {
            return LineInfo.of(LineKind.TABLE_ROW);
        }
        boolean continuesSentence = continuesSentence(previousLine);
        Optional<Marker> marker = Markers.parse(text);
        if (marker.isPresent()) {
            return classifyMarked(marker.get(), continuesSentence);
        }
        if (!continuesSentence && isDefinition(text)) {
            return LineInfo.of(LineKind.DEFINITION);
        }
        if (!continuesSentence && isHeadingText(text)) {
            return LineInfo.of(LineKind.HEADING);
        }
        return LineInfo.TEXT;
    }

    private static LineInfo classifyMarked(Marker marker, boolean continuesSentence) {
        String rest = marker.rest();
        if (marker.type() == Marker.Type.BULLET) {
            return LineInfo.of(LineKind.LIST_ITEM);
        }
        if (rest.isEmpty()) {
            // "12." alone is more likely a page or cell number than a clause; "3.1.7" alone is a clause number
            // set above its title; "Part I" alone is a heading.
            return switch (marker.type()) {
                case DOTTED, CODE -> new LineInfo(LineKind.CLAUSE, marker);
                case SECTION -> new LineInfo(LineKind.HEADING, marker);
                default -> LineInfo.TEXT;
            };
        }
        if (isDefinition(rest)) {
            return new LineInfo(LineKind.DEFINITION, marker);
        }
        boolean item = marker.type() == Marker.Type.LETTER || marker.type() == Marker.Type.ROMAN;
        // A lettered line is a heading only in capitals ("A) STANDARD DEFINITIONS"); "b) External Congenital
        // Anomaly" is an item of the definition above it.
        if (isHeadingText(rest) && (!item || isCapitals(rest))
                && !(continuesSentence && marker.type() == Marker.Type.BARE_NUMBER)) {
            return new LineInfo(LineKind.HEADING, marker);
        }
        return switch (marker.type()) {
            case DOTTED, NUMBER, CODE, SECTION -> new LineInfo(LineKind.CLAUSE, marker);
            case LETTER, ROMAN -> new LineInfo(LineKind.LIST_ITEM, marker);
            default -> LineInfo.TEXT;
        };
    }

    /** "Hospital means …", "Accident / Accidental mean …": a capitalised term of a few words, then "means". */
    static boolean isDefinition(String text) {
        Matcher m = DEFINITION.matcher(text);
        return m.find()
                && m.group(1).split("\\s+").length <= TERM_MAX_WORDS
                && !NOT_A_TERM.matcher(text).find();
    }

    /** A short line in capitals or Title Case, without a final period or comma, that does not run on. */
    static boolean isHeadingText(String text) {
        if (text.length() > HEADING_MAX_CHARS || text.endsWith(".") || text.endsWith(",") || text.contains(";")
                || continuesSentence(text)) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length > HEADING_MAX_WORDS) {
            return false;
        }
        int letters = 0;
        int capitalised = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            digits += Character.isDigit(text.charAt(i)) ? 1 : 0;
        }
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("^[^\\p{L}\\d]+", "");
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            letters += word.length();
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised++;
            } else if (i == 0 || !TITLE_SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        // "Tel.: 0172-2706468" is a cell, not a title.
        return letters >= 3 && letters >= digits && capitalised > 0;
    }

    static boolean isCapitals(String text) {
        return text.chars().anyMatch(Character::isLetter) && text.equals(text.toUpperCase(Locale.ROOT));
    }

    /** Whether {@code previousLine} stops mid-sentence (a comma, hyphen, open bracket or joining word at its end). */
    static boolean continuesSentence(String previousLine) {
        if (previousLine == null || previousLine.isBlank()) {
            return false;
        }
        String text = previousLine.trim();
        char last = text.charAt(text.length() - 1);
        if (",-–(/&".indexOf(last) >= 0) {
            return true;
        }
        String[] words = text.split("\\s+");
        return OPEN_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
