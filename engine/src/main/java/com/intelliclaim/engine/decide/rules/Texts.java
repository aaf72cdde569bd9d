package com.intelliclaim.engine.decide.rules;

import java.util.Locale;

/** Text normalisation shared by the readers: policy PDFs bring odd dashes, private-use bullet glyphs and wrapped lines. */
final class Texts {

    private Texts() {
    }

    /** The character {@link #clean} puts for {@code c} (before collapsing white space). */
    static char translate(char c) {
        if (Character.isWhitespace(c) || (c >= '\uE000' && c <= '\uF8FF') || c == '\u2022' || c == '\u25AA'
                || c == '\u25CF' || c == '\u27A2' || c == '\u00A0') {
            return ' ';
        }
        if ((c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
            return '-';
        }
        if (c == '\u2018' || c == '\u2019' || c == '\u201C' || c == '\u201D') {
            return '\'';
        }
        return c;
    }

    /** One line of plain text: bullets and odd dashes replaced, runs of white space collapsed. */
    static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = translate(text.charAt(i));
            if (c == ' ') {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@link #clean} in lower case, for matching. */
    static String lower(String text) {
        return clean(text).toLowerCase(Locale.ROOT);
    }

    /** A statement shortened for a justification sentence, cut at a word boundary. */
    static String shorten(String text, int max) {
        String plain = clean(text);
        if (plain.length() <= max) {
            return plain;
        }
        int cut = plain.lastIndexOf(' ', max);
        return plain.substring(0, cut > max / 2 ? cut : max) + " …";
    }
}
