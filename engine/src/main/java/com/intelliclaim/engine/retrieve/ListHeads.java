package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.store.StoredChunk;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds the header of the list a retrieved passage continues when that header is a few passages back: long lists of
 * specific waiting periods or exclusions run over several passages, and an item far down is read with its header's
 * length or exclusion only if the header is read too. Walks back from the passage through the passages of the same
 * document while they continue a list (they start with an item marker or mid-sentence), and stops at the first one that
 * introduces a list. Works on text and ordinals only, so it holds for any policy.
 */
final class ListHeads {
    /** How many passages back a header is looked for: a list of 30–40 items spans about four passages. */
    static final int REACH = 5;

    /** A list item's marker ("18.", "2)", "(b)", "iv.", a bullet) or a sentence carried on from the passage before. */
    private static final Pattern CONTINUES = Pattern.compile(
            "^\\s*(?:\\(?(?:\\d{1,3}|[a-z]|[ivx]{1,4})[.)]\\s|[•▪●\\-–*]\\s|[a-z])");

    /** A sentence that opens a list: a waiting period, an exclusion, "the following …", "as below", a colon. */
    private static final Pattern INTRODUCES = Pattern.compile("waiting period|excluded|exclusions?\\b|the following"
            + "|following (?:diseases|conditions|procedures|treatments|illnesses|surgeries|are|shall)|as below"
            + "|listed below|as under\\b|as per table|list of|:\\s*$", Pattern.MULTILINE);

    /** A lower-case item marker ("a.", "iv)") is an item, not a sentence carried on. */
    private static final Pattern CONTINUES_AS_ITEM = Pattern.compile("^(?:[a-z]|[ivx]{1,4})[.)]\\s");

    private ListHeads() {
    }

    /**
     * The passage that opens the list {@code hit} continues, or null when the hit does not start inside a list, the
     * walk meets a passage that neither continues the list nor opens one, or no header lies within {@link #REACH}.
     * When the opening sentence itself starts in the passage before (it begins mid-sentence), the walk goes on to
     * where that sentence and its clause start.
     *
     * @param before the stored chunks by id, holding (where they exist) the {@link #REACH} + 1 ids before the hit's
     */
    static StoredChunk headerOf(StoredChunk hit, Map<Long, StoredChunk> before) {
        if (!CONTINUES.matcher(hit.text()).find() || INTRODUCES.matcher(firstLine(hit.text())).find()) {
            return null;
        }
        for (int back = 1; back <= REACH; back++) {
            StoredChunk c = at(hit, before, back);
            if (c == null) {
                return null;
            }
            if (INTRODUCES.matcher(c.text().toLowerCase(Locale.ROOT)).find()) {
                StoredChunk start = startsMidSentence(c.text()) ? at(hit, before, back + 1) : null;
                return start != null && INTRODUCES.matcher(start.text().toLowerCase(Locale.ROOT)).find() ? start : c;
            }
            if (!CONTINUES.matcher(c.text()).find()) {
                return null;
            }
        }
        return null;
    }

    /** The passage {@code back} places before the hit in its document, or null when it is not among {@code before}. */
    private static StoredChunk at(StoredChunk hit, Map<Long, StoredChunk> before, int back) {
        StoredChunk c = before.get(hit.id() - back);
        return c != null && c.documentId() == hit.documentId() && c.ordinal() == hit.ordinal() - back ? c : null;
    }

    private static boolean startsMidSentence(String text) {
        String trimmed = text.stripLeading();
        return !trimmed.isEmpty() && Character.isLowerCase(trimmed.charAt(0))
                && !CONTINUES_AS_ITEM.matcher(trimmed).find();
    }

    private static String firstLine(String text) {
        String trimmed = text.stripLeading();
        int end = trimmed.indexOf('\n');
        return (end < 0 ? trimmed : trimmed.substring(0, end)).toLowerCase(Locale.ROOT);
    }
}
