package com.intelliclaim.engine.render;

import com.intelliclaim.engine.api.TextBox;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Merges the boxes of chosen glyphs into one box per line: glyphs join the current box while they sit on its
 * baseline and close to its right edge; a new line, a jump back to the left or a wide gap (another column) starts a
 * new box.
 */
final class LineBoxes {
    /** A gap wider than this many glyph heights is a column gutter or a skipped cell, not a word space. */
    private static final float MAX_GAP_HEIGHTS = 3f;

    private LineBoxes() {
    }

    static List<TextBox> merge(List<Glyph> glyphs, BitSet chosen) {
        List<TextBox> boxes = new ArrayList<>();
        Run run = null;
        for (int g = chosen.nextSetBit(0); g >= 0; g = chosen.nextSetBit(g + 1)) {
            Glyph glyph = glyphs.get(g);
            if (run != null && run.accepts(glyph)) {
                run.add(glyph);
            } else {
                if (run != null) {
                    boxes.add(run.box());
                }
                run = new Run(glyph);
            }
        }
        if (run != null) {
            boxes.add(run.box());
        }
        return boxes;
    }

    private static final class Run {
        private final float baseline;
        private float x0;
        private float x1;
        private float top;
        private float bottom;

        Run(Glyph first) {
            baseline = first.baseline();
            x0 = first.x();
            x1 = first.x() + first.width();
            top = first.top();
            bottom = first.bottom();
        }

        boolean accepts(Glyph glyph) {
            float height = Math.max(1f, bottom - top);
            boolean sameLine = Math.abs(glyph.baseline() - baseline) < height / 2;
            boolean near = glyph.x() >= x0 - 1 && glyph.x() - x1 <= MAX_GAP_HEIGHTS * height;
            return sameLine && near;
        }

        void add(Glyph glyph) {
            x0 = Math.min(x0, glyph.x());
            x1 = Math.max(x1, glyph.x() + glyph.width());
            top = Math.min(top, glyph.top());
            bottom = Math.max(bottom, glyph.bottom());
        }

        TextBox box() {
            return new TextBox(x0, top, Math.max(0, x1 - x0), Math.max(0, bottom - top));
        }
    }
}
