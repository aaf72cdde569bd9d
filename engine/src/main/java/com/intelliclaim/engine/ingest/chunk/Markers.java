package com.intelliclaim.engine.ingest.chunk;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the clause numbers, codes and bullets that Indian health-insurance wordings start lines with, and
 * refuses the look-alikes: amounts ("Rs. 5,000."), quantities ("2.5 lakh", "30 days."), dates ("01.04.2023") and
 * cross-references running on from the previous line ("Section 3.1.15 (Infertility)").
 */
final class Markers {
    private static final Pattern DOTTED = Pattern.compile("^([1-9]\\d?(?:\\.\\d{1,3}){1,4})\\.?(?=\\s|$)");
    private static final Pattern NUMBER = Pattern.compile("^(?:([1-9]\\d{0,2})[.)]|\\(([1-9]\\d{0,2})\\))(?=\\s|$)");
    private static final Pattern BARE_NUMBER = Pattern.compile("^([1-9]\\d?)(?=\\s+\\S)");
    private static final Pattern CODE = Pattern.compile(
            "^(?:code\\s*[-–:.]?\\s*)?(excl\\.?\\s?\\d{1,3})\\b|^code\\s*[-–:]\\s*([a-z]{2,6}\\s?\\d{1,3})\\b",
            Pattern.CASE_INSENSITIVE);
    // The word is matched in any case, the identifier and what follows it case-sensitively: "Section B Benefits"
    // opens a section, "Section B of this Policy" refers to one.
    private static final Pattern SECTION = Pattern.compile(
            "^((?i:section|part|chapter))\\s+([IVX]{1,5}|[ivx]{1,5}|[A-Z]|\\d{1,2})"
                    + "(?=$|\\s*[:\\-–]|\\.(?:\\s|$)|\\s+[^a-z\\s])");
    private static final String ROMAN = "(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})";
    private static final Pattern ROMAN_ITEM = Pattern.compile(
            "^(\\((?:" + ROMAN + ")\\)|(?:" + ROMAN + ")[.)]|\\((?:" + ROMAN.toUpperCase(Locale.ROOT) + ")\\)|(?:"
                    + ROMAN.toUpperCase(Locale.ROOT) + ")[.)])(?=\\s|$)");
    private static final Pattern LETTER_ITEM = Pattern.compile("^(\\([a-zA-Z]\\)|[a-zA-Z][.)])(?=\\s|$)");
    private static final Pattern BULLET = Pattern.compile("^(?:[•●▪■◦○·‣►➢✓*\\-–]|[\\uF0A7\\uF0B7\\uF0D8\\uF076])(?=\\s|$)");

    /** Words that make a leading number a quantity rather than a clause number. */
    private static final Set<String> UNITS = Set.of(
            "lakh", "lakhs", "lac", "lacs", "crore", "crores", "thousand", "hundred", "million", "%", "percent",
            "per", "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "times", "km",
            "kms", "kg", "rs", "inr", "am", "pm", "a.m.", "p.m.", "x", "mm", "cm", "ml");

    private Markers() {}

    /** The marker {@code line} (already trimmed) starts with, if it has a believable one. */
    static Optional<Marker> parse(String line) {
        Matcher m = DOTTED.matcher(line);
        if (m.find()) {
            String rest = rest(line, m);
            // "2.5 lakh", "3.1 of the policy": a dotted clause number is followed by a title or sentence.
            if (rest.isEmpty() || startsLikeClauseText(rest)) {
                return Optional.of(new Marker(Marker.Type.DOTTED, m.group(1), 1 + groups(m.group(1)), rest));
            }
            return Optional.empty();
        }
        if ((m = NUMBER.matcher(line)).find()) {
            String number = m.group(1) != null ? m.group(1) : m.group(2);
            String text = line.charAt(m.end() - 1) == '.' ? number : m.group();
            String rest = rest(line, m);
            // "4." and "4" rank like top-level clause numbers; "4)" and "(4)" are item numbers inside a clause.
            int depth = text.endsWith(")") ? 0 : 2;
            return isQuantity(rest) ? Optional.empty() : Optional.of(new Marker(Marker.Type.NUMBER, text, depth, rest));
        }
        if ((m = CODE.matcher(line)).find()) {
            String code = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("[\\s.]", "");
            return Optional.of(new Marker(Marker.Type.CODE, code, 0, rest(line, m)));
        }
        if ((m = SECTION.matcher(line)).find()) {
            String word = m.group(1).substring(0, 1).toUpperCase(Locale.ROOT)
                    + m.group(1).substring(1).toLowerCase(Locale.ROOT);
            return Optional.of(new Marker(Marker.Type.SECTION, word + " " + m.group(2), 1, rest(line, m)));
        }
        if ((m = ROMAN_ITEM.matcher(line)).find()) {
            return Optional.of(new Marker(Marker.Type.ROMAN, m.group(1), 0, rest(line, m)));
        }
        if ((m = LETTER_ITEM.matcher(line)).find()) {
            return Optional.of(new Marker(Marker.Type.LETTER, m.group(1), 0, rest(line, m)));
        }
        if ((m = BULLET.matcher(line)).find()) {
            return Optional.of(new Marker(Marker.Type.BULLET, null, 0, rest(line, m)));
        }
        if ((m = BARE_NUMBER.matcher(line)).find() && !isQuantity(rest(line, m))) {
            return Optional.of(new Marker(Marker.Type.BARE_NUMBER, m.group(1), 2, rest(line, m)));
        }
        return Optional.empty();
    }

    private static String rest(String line, Matcher m) {
        return line.substring(m.end()).trim();
    }

    private static int groups(String dotted) {
        return dotted.split("\\.").length;
    }

    private static boolean startsLikeClauseText(String rest) {
        char first = rest.charAt(0);
        return !Character.isLowerCase(first) && !Character.isDigit(first) && !isQuantity(rest);
    }

    /** Whether the text after a number makes it a quantity: "days.", "Lakh", "%", or another number. */
    private static boolean isQuantity(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        if (Character.isDigit(rest.charAt(0)) || rest.charAt(0) == '%') {
            return true;
        }
        String word = rest.split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[.,;:)]+$", "");
        return UNITS.contains(word);
    }
}
