package com.intelliclaim.engine.ingest.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces an HTML e-mail body to text with jsoup: scripts, styles and the head dropped, a line break at every block
 * element (paragraphs, divs, list items, table rows, headings, {@code <br>}), table cells separated by
 * {@code " | "}, so the text reads as the message did.
 */
final class HtmlText {
    private static final String BLOCKS = "p, div, li, tr, h1, h2, h3, h4, h5, h6, blockquote, pre, table";

    private HtmlText() {
    }

    static String of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head").remove();
        Element body = document.body();
        for (Element br : body.select("br")) {
            br.after("\n");
        }
        for (Element block : body.select(BLOCKS)) {
            block.prepend("\n");
            block.append("\n");
        }
        for (Element cell : body.select("td, th")) {
            if (cell.elementSiblingIndex() > 0) {
                cell.prepend(" | ");
            }
        }
        return body.wholeText().replaceAll("[ \\t\\u00A0]+", " ").replaceAll(" *\\n *", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }
}
