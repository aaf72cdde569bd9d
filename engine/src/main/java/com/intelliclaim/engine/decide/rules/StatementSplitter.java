package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a retrieved passage into statements and tracks the section each is read in. Lines and table cells
 * (" | ") are pieces; a piece starting with a list marker, or following a piece that ends a sentence or a heading,
 * starts a new statement, others continue the one before. Long statements are cut further at sentence ends. The
 * section starts from the passage's heading trail and changes at titles and lead-ins ("iii. Two years waiting period",
 * "We will not cover:").
 */
final class StatementSplitter {
    private static final Pattern MARKER = Pattern.compile(
            "^(?:\\(?\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?\\)?\\s|\\(?[a-z]{1,2}\\)\\s|[a-z]\\.\\s|\\(?[ivxIVX]{1,5}[.)]\\s"
                    + "|[A-Z][.)]\\s|[-*]\\s|\\d{1,3}\\s+[A-Z]|table\\s+[a-z0-9]+\\b|note\\b|exclusions?\\b"
                    + "|conditions\\b|cover\\b|we will not cover|the company shall not)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=(?:[a-z)\\]%]|\\d{3})[.;])\\s+(?=[A-Z])");
    private static final Pattern CLAUSE_TITLE = Pattern.compile("^\\d{1,2}\\.\\d{1,2}");
    private static final Pattern NEGATIVE_LEAD = Pattern.compile(
            "^(?:we|the company|the insurer)\\s+(?:will|shall)\\s+not\\s+(?:cover|pay|be liable)\\b");
    /** "… that does not fulfil all the below conditions:": what follows are conditions, not exclusions. */
    private static final Pattern CONDITIONS_LEAD = Pattern.compile("(?:below|following)\\s+conditions|does not fulfil");
    /** Headers of the first-days waiting period, which is not one of the lists of specific waiting periods. */
    private static final Pattern FIRST_DAYS_HEADER = Pattern.compile("excl\\s*0?3\\b|first\\s+\\S+\\s+days|\\b30[- ]days?\\b");
    private static final Pattern LIST_INTRO = Pattern.compile(
            "listed conditions|specified diseases?|specified disease/procedure|as specified against|following diseases"
                    + "|below mentioned|as per table|listed below|list of specific");
    private static final Pattern ITEMS_LIST = Pattern.compile("annexure|list\\s+(?:i|ii|iii|iv)\\b|non[- ]?payable|items?");

    private StatementSplitter() {
    }

    /** The statements of a passage and the context its last statement leaves (for list items in the next passage). */
    record Reading(SearchHit hit, List<Statement> statements, Context last, boolean itemsList) {
    }

    static Reading read(SearchHit hit) {
        List<Statement> statements = new ArrayList<>();
        Context context = Context.of(Section.ofHeading(hit.heading()));
        for (Draft draft : drafts(hit.text())) {
            for (int[] sentence : sentences(draft)) {
                String text = draft.clean.substring(sentence[0], sentence[1]).strip();
                if (text.isEmpty() || !text.chars().anyMatch(Character::isLetterOrDigit)) {
                    continue;
                }
                String lower = text.toLowerCase(java.util.Locale.ROOT);
                boolean title = isTitle(text) && (Section.named(lower) != null || CLAUSE_TITLE.matcher(text).find());
                Statement probe = new Statement(hit, text, lower, draft.raw(sentence[0]), draft.rawEnd(sentence[1]),
                        context, title);
                context = next(context, probe);
                statements.add(new Statement(hit, text, lower, probe.start(), probe.end(), context, title));
            }
        }
        return new Reading(hit, leadingItems(statements), context, isItemsList(hit));
    }

    /**
     * A passage that starts in the middle of a list and then reaches the header of the next list ("… 9. Cataract |
     * ii. 36 Months waiting period"): the items before the header belong to an earlier list of waiting periods whose
     * header is in another passage. They are read as such, with the length unknown here.
     */
    private static List<Statement> leadingItems(List<Statement> statements) {
        int header = -1;
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            if (s.title() && s.context().section() == Section.WAITING && s.context().duration() != null) {
                header = i;
                break;
            }
            if (s.context().section() == Section.EXCLUSION || s.context().duration() != null) {
                return List.copyOf(statements);
            }
        }
        if (header <= 0) {
            return List.copyOf(statements);
        }
        List<Statement> out = new ArrayList<>();
        Statement next = statements.get(header);
        // Lists of specific waiting periods run from the shortest to the longest: the next list's length bounds this one.
        Context before = FIRST_DAYS_HEADER.matcher(next.lower()).find() ? new Context(Section.WAITING, null, null)
                : new Context(Section.WAITING, null, null, next);
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            out.add(i < header ? new Statement(s.hit(), s.text(), s.lower(), s.start(), s.end(), before, s.title()) : s);
        }
        return List.copyOf(out);
    }

    /** A list of consumables and non-payable items (an annexure) rules nothing about treatments. */
    private static boolean isItemsList(SearchHit hit) {
        String lower = hit.text().toLowerCase(java.util.Locale.ROOT);
        int notPayable = lower.split("not payable", -1).length - 1;
        String heading = hit.heading() == null ? "" : hit.heading().toLowerCase(java.util.Locale.ROOT);
        return notPayable >= 3 || heading.contains("annexure") || (ITEMS_LIST.matcher(heading).find()
                && heading.contains("list"));
    }

    private static Context next(Context context, Statement s) {
        Context next = nextRaw(context, s);
        // A lead-in or remark without a length ("f) List of specific diseases:", "c) If any of the specified …")
        // continues the list the last length was given for; only a new title starts a list of unknown length.
        if ((!s.title() || LIST_INTRO.matcher(s.lower()).find()) && next.section() == Section.WAITING
                && next.duration() == null && context.section() == Section.WAITING && context.duration() != null) {
            return context;
        }
        return next;
    }

    private static Context nextRaw(Context context, Statement s) {
        String lower = s.lower();
        boolean leadIn = s.text().endsWith(":") || s.text().endsWith(": -") || NEGATIVE_LEAD.matcher(lower).find()
                && s.text().split("\\s+").length <= 8;
        if (leadIn && CONDITIONS_LEAD.matcher(lower).find()) {
            return Context.NEUTRAL;
        }
        if (s.title() || leadIn) {
            Section named = leadIn && lower.contains("waiting") ? Section.WAITING : Section.named(lower);
            if (named == Section.WAITING) {
                return Context.waiting(single(lower), s);
            }
            if (named == Section.EXCLUSION) {
                return Context.of(Section.EXCLUSION);
            }
            return s.title() && CLAUSE_TITLE.matcher(s.text()).find() ? Context.NEUTRAL : context;
        }
        if (LIST_INTRO.matcher(lower).find() && (lower.contains("waiting") || lower.contains("excluded until")
                || lower.contains("covered after") || lower.contains("within"))) {
            return Context.waiting(single(lower), s);
        }
        return context;
    }

    /** The one duration a title or lead-in names, or null when it names none or several. */
    private static WaitingTime single(String lower) {
        List<WaitingTime> times = ClauseDurations.all(lower).stream().map(ClauseDurations.Found::time).distinct().toList();
        return times.size() == 1 ? times.get(0) : null;
    }

    private static boolean isTitle(String text) {
        char last = text.charAt(text.length() - 1);
        return last != '.' && last != ';' && last != ':' && last != ',' && text.split("\\s+").length <= 10
                && (Character.isUpperCase(text.charAt(0)) || MARKER.matcher(text).find());
    }

    private static List<int[]> sentences(Draft draft) {
        List<int[]> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(draft.clean);
        int start = 0;
        while (m.find()) {
            // "a. Expenses …" or "No. System": a marker, not the end of a sentence
            if (draft.clean.substring(start, m.start()).strip().split("\\s+").length < 3) {
                continue;
            }
            out.add(new int[] {start, m.start()});
            start = m.end();
        }
        out.add(new int[] {start, draft.clean.length()});
        return out;
    }

    /** A statement before sentence cutting: its cleaned text and, per character, where it came from. */
    private record Draft(String clean, int[] origin) {
        int raw(int cleanIndex) {
            return origin[Math.min(cleanIndex, origin.length - 1)];
        }

        int rawEnd(int cleanEnd) {
            return origin[Math.max(0, cleanEnd - 1)] + 1;
        }
    }

    private static List<Draft> drafts(String text) {
        List<Draft> drafts = new ArrayList<>();
        StringBuilder clean = new StringBuilder();
        List<Integer> origin = new ArrayList<>();
        String previous = null;
        for (int[] piece : pieces(text)) {
            String raw = text.substring(piece[0], piece[1]);
            String cleaned = Texts.clean(raw);
            if (cleaned.isEmpty()) {
                continue;
            }
            boolean bullet = Texts.translate(raw.strip().charAt(0)) == ' ' && !Character.isWhitespace(raw.strip().charAt(0));
            if (previous != null && (bullet || startsStatement(previous, cleaned))) {
                drafts.add(draft(clean, origin));
                clean.setLength(0);
                origin.clear();
            }
            append(text, piece, clean, origin);
            previous = cleaned;
        }
        if (!clean.isEmpty()) {
            drafts.add(draft(clean, origin));
        }
        return drafts;
    }

    private static boolean startsStatement(String previous, String piece) {
        if (MARKER.matcher(piece).find()) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        if (last == '.' || last == ':' || last == ';') {
            return true;
        }
        String[] words = previous.split("\\s+");
        String lastWord = words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
        boolean connector = java.util.Set.of("of", "and", "or", "to", "the", "for", "in", "with", "by", "a", "an",
                "as", "on", "at", "from", "under", "including").contains(lastWord);
        return words.length <= 6 && !connector && Character.isUpperCase(piece.charAt(0)) && isTitle(previous);
    }

    private static void append(String text, int[] piece, StringBuilder clean, List<Integer> origin) {
        if (!clean.isEmpty()) {
            clean.append(' ');
            origin.add(piece[0]);
        }
        boolean space = false;
        for (int i = piece[0]; i < piece[1]; i++) {
            char c = Texts.translate(text.charAt(i));
            if (c == ' ') {
                space = !clean.isEmpty();
                continue;
            }
            if (space) {
                clean.append(' ');
                origin.add(i);
                space = false;
            }
            clean.append(c);
            origin.add(i);
        }
    }

    private static Draft draft(StringBuilder clean, List<Integer> origin) {
        return new Draft(clean.toString(), origin.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Lines, and cells within lines, as [start, end) offsets, blank ones left out. */
    private static List<int[]> pieces(String text) {
        List<int[]> pieces = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int cellStart = lineStart;
            while (true) {
                int bar = text.indexOf(" | ", cellStart);
                int cellEnd = bar < 0 || bar >= lineEnd ? lineEnd : bar;
                if (!text.substring(cellStart, cellEnd).isBlank()) {
                    pieces.add(new int[] {cellStart, cellEnd});
                }
                if (cellEnd == lineEnd) {
                    break;
                }
                cellStart = cellEnd + 3;
            }
            lineStart = lineEnd + 1;
        }
        return pieces;
    }
}
