package com.intelliclaim.app.ask;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last few drawn pages of one document, by page and scale, least recently used dropped first; bounded by count
 * and by total pixels so zoomed-in pages cannot pile up in memory. Used on the UI thread only.
 */
final class DrawnPageCache {
    private final int maxPages;
    private final long maxPixels;
    private final LinkedHashMap<String, DrawnPage> pages = new LinkedHashMap<>(16, 0.75f, true);
    private long pixels;

    DrawnPageCache(int maxPages, long maxPixels) {
        this.maxPages = maxPages;
        this.maxPixels = maxPixels;
    }

    Optional<DrawnPage> get(int page, double scale) {
        return Optional.ofNullable(pages.get(key(page, scale)));
    }

    void put(int page, double askedScale, DrawnPage drawn) {
        DrawnPage old = pages.put(key(page, askedScale), drawn);
        pixels += drawn.pixels() - (old == null ? 0 : old.pixels());
        Iterator<Map.Entry<String, DrawnPage>> eldest = pages.entrySet().iterator();
        while (pages.size() > 1 && (pages.size() > maxPages || pixels > maxPixels)) {
            pixels -= eldest.next().getValue().pixels();
            eldest.remove();
        }
    }

    void clear() {
        pages.clear();
        pixels = 0;
    }

    int size() {
        return pages.size();
    }

    private static String key(int page, double scale) {
        return page + "@" + Math.round(scale * 1000);
    }
}
