package com.intelliclaim.engine.render;

import com.intelliclaim.engine.api.TextBox;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * Finds cited words among a page's glyphs and returns one box per line they cover. Only letters and digits are
 * compared, lower-cased and NFKC-normalised (ligatures split), so the differences between the indexed text and the
 * drawn glyphs do not matter: whitespace, words hyphenated across lines (joined by the parser), table-cell bars, and
 * punctuation. The citation is matched in pieces — the longest run of its words found on the page, then the next —
 * so a passage that runs onto another page, or whose columns PDFBox reads in another order, is still found in part.
 * Pure function of its input; thread-safe.
 */
final class SpanLocator {
    /** A piece shorter than this (in letters and digits) is too likely to occur by chance; 16 is about 3 words. */
    static final int MIN_PIECE_CHARS = 16;

    private SpanLocator() {
    }

    /** The line boxes of the cited words on the page; empty when they are not there. */
    static List<TextBox> locate(List<Glyph> glyphs, String cited) {
        List<String> words = wordKeys(cited);
        int citedChars = words.stream().mapToInt(String::length).sum();
        if (citedChars == 0 || glyphs.isEmpty()) {
            return List.of();
        }
        PageKey page = PageKey.of(glyphs);
        BitSet hit = match(page, words, Math.min(MIN_PIECE_CHARS, citedChars));
        return LineBoxes.merge(glyphs, hit);
    }

    private static BitSet match(PageKey page, List<String> words, int minPiece) {
        BitSet hit = new BitSet();
        int from = 0;
        int i = 0;
        while (i < words.size()) {
            String piece = words.get(i);
            int at = page.find(piece, from);
            int next = i + 1;
            while (at >= 0 && next < words.size()) {
                int longer = page.find(piece + words.get(next), from);
                if (longer < 0) {
                    break;
                }
                piece = piece + words.get(next);
                at = longer;
                next++;
            }
            if (at >= 0 && piece.length() >= minPiece) {
                page.mark(at, piece.length(), hit);
                from = at + piece.length();
                i = next;
            } else {
                i++;
            }
        }
        return hit;
    }

    private static List<String> wordKeys(String cited) {
        List<String> keys = new ArrayList<>();
        if (cited == null) {
            return keys;
        }
        for (String word : cited.strip().split("\\s+")) {
            String key = key(word);
            if (!key.isEmpty()) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** Letters and digits only, lower-cased, ligatures and compatibility forms split (NFKC). */
    static String key(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().filter(Character::isLetterOrDigit)
                .forEach(cp -> out.append(new String(Character.toChars(cp)).toLowerCase(Locale.ROOT)));
        return out.toString();
    }

    /** The page's letters and digits in reading order, each remembering the glyph it came from. */
    private record PageKey(String text, int[] owner) {
        static PageKey of(List<Glyph> glyphs) {
            StringBuilder text = new StringBuilder();
            List<Integer> owners = new ArrayList<>();
            for (int g = 0; g < glyphs.size(); g++) {
                String key = key(glyphs.get(g).text() == null ? "" : glyphs.get(g).text());
                text.append(key);
                for (int c = 0; c < key.length(); c++) {
                    owners.add(g);
                }
            }
            return new PageKey(text.toString(), owners.stream().mapToInt(Integer::intValue).toArray());
        }

        /** Prefers an occurrence after {@code from} (the citation reads forwards), else takes the first. */
        int find(String piece, int from) {
            int at = text.indexOf(piece, from);
            return at >= 0 ? at : text.indexOf(piece);
        }

        void mark(int at, int length, BitSet hit) {
            for (int c = at; c < at + length; c++) {
                hit.set(owner[c]);
            }
        }
    }
}
