package com.intelliclaim.app.ask;

import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.PageRequest;
import com.intelliclaim.engine.api.RenderedPage;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The cited-page viewer's logic: the cited document's pages, the page shown, zoom and page navigation. A PDF whose
 * original the engine kept is shown drawn (rendered off the UI thread, the last few pages cached) with the cited
 * words boxed; a text document, or one added before originals were kept, shows its indexed text with the cited
 * words marked, and a note says why.
 */
public final class PageViewerModel {
    static final double MIN_ZOOM = 0.25;
    static final double MAX_ZOOM = 4.0;
    private static final double ZOOM_STEP = 1.25;
    private static final int CACHED_PAGES = 6;
    private static final long CACHED_PIXELS = 16_000_000L;

    static final String NOTE_TEXT_DOCUMENT = "A text document: its indexed text is shown.";
    static final String NOTE_NOT_KEPT = "The original file was not kept (added before this version),"
            + " so the page shows as indexed text.";
    static final String NOTE_NOT_DRAWN = "The page could not be drawn, so it shows as indexed text.";
    static final String NOTE_SPAN_MISSING = "The cited words could not be located on the drawn page;"
            + " the citation's text is in the decision card.";

    private final TaskRunner tasks;
    private final IntelliClaimEngine engine;
    private final ReadOnlyObjectWrapper<Citation> citation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CitedSpan> span = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<DrawnPage> drawn = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private final DrawnPageCache cache = new DrawnPageCache(CACHED_PAGES, CACHED_PIXELS);
    private Loaded loaded = Loaded.NONE;
    private TaskRunner.Handle pending;
    private long drawGeneration;
    private Ahead ahead;

    /**
     * The page being drawn in advance: the one after the page shown. When the analyst turns to it before it is
     * ready, the draw waits for it ({@code forGeneration}) instead of drawing it a second time.
     */
    private static final class Ahead {
        private final Loaded document;
        private final int page;
        private final double scale;
        private TaskRunner.Handle handle;
        private long forGeneration = -1;

        Ahead(Loaded document, int page, double scale) {
            this.document = document;
            this.page = page;
            this.scale = scale;
        }

        boolean is(Loaded shown, int number, double zoom) {
            return document == shown && page == number && scale == zoom;
        }
    }

    /** What is known of the open document: its pages' text and whether its original can be drawn. */
    private record Loaded(DocumentInfo document, List<PageText> pages, boolean drawable) {
        static final Loaded NONE = new Loaded(null, List.of(), false);
    }

    PageViewerModel(TaskRunner tasks, IntelliClaimEngine engine) {
        this.tasks = tasks;
        this.engine = engine;
        zoom.addListener((o, a, b) -> {
            if (loaded.drawable() && page.get() > 0) {
                draw(page.get());
            }
        });
    }

    /** Opens the cited document at the cited page. */
    public void open(Citation cited) {
        citation.set(cited);
        problem.set("");
        cancelPending();
        tasks.run("load cited page", () -> load(cited), result -> {
            if (citation.get() != cited) {
                return;
            }
            if (loaded.document() == null || result.document() == null
                    || !loaded.document().sha256().equals(result.document().sha256())) {
                cache.clear();
            }
            loaded = result;
            pageCount.set(result.pages().size());
            if (result.document() == null) {
                problem.set("\"" + cited.documentName() + "\" is no longer in the index; add it again to see the page.");
                text.set("");
                span.set(null);
                drawn.set(null);
                return;
            }
            note.set(result.drawable() ? "" : result.document().mediaType().equals("application/pdf")
                    ? NOTE_NOT_KEPT : NOTE_TEXT_DOCUMENT);
            show(cited.page());
        }, e -> problem.set(UserMessages.of(e)));
    }

    private Loaded load(Citation cited) {
        Optional<DocumentInfo> doc = engine.documents().stream()
                .filter(d -> d.sha256().equals(cited.documentSha256())).findFirst();
        if (doc.isEmpty()) {
            return Loaded.NONE;
        }
        boolean drawable = doc.get().mediaType().equals("application/pdf")
                && engine.sourceFile(cited.documentSha256()).isPresent();
        return new Loaded(doc.get(), engine.pages(doc.get().id()), drawable);
    }

    public void previous() {
        show(page.get() - 1);
    }

    public void next() {
        show(page.get() + 1);
    }

    /** Shows page {@code number} (from 1); a number outside the document is refused with a problem message. */
    public void goTo(int number) {
        if (number < 1 || number > loaded.pages().size()) {
            problem.set("There is no page " + number + ": this document has pages 1 to " + loaded.pages().size() + ".");
            return;
        }
        show(number);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * ZOOM_STEP));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / ZOOM_STEP));
    }

    /** Zooms so the page fills {@code viewportWidth} pixels (text pages go back to 100 %). */
    public void fitWidth(double viewportWidth) {
        DrawnPage shown = drawn.get();
        if (shown == null || viewportWidth <= 0) {
            zoom.set(1.0);
            return;
        }
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, viewportWidth / shown.widthPoints())));
    }

    private void show(int number) {
        Optional<PageText> found = loaded.pages().stream().filter(p -> p.number() == number).findFirst();
        if (found.isEmpty()) {
            return;
        }
        problem.set("");
        Citation cited = citation.get();
        page.set(number);
        text.set(found.get().text());
        span.set(isCited(number) ? CitedSpan.in(found.get().text(), cited.text()).orElse(null) : null);
        title.set(cited.documentName() + " — page " + number + " of " + loaded.pages().size()
                + OcrNote.of(found.get()));
        if (loaded.drawable()) {
            draw(number);
        } else {
            drawn.set(null);
        }
    }

    private boolean isCited(int number) {
        Citation cited = citation.get();
        return number >= cited.page() && number <= Math.max(cited.page(), cited.pageEnd());
    }

    private void draw(int number) {
        cancelPending();
        double scale = zoom.get();
        Optional<DrawnPage> cached = cache.get(number, scale);
        if (cached.isPresent()) {
            showDrawn(cached.get());
            drawAhead(number + 1, scale);
            return;
        }
        drawing.set(true);
        if (ahead != null && ahead.is(loaded, number, scale)) {
            ahead.forGeneration = drawGeneration;
            return;
        }
        long generation = ++drawGeneration;
        PageRequest request = new PageRequest(citation.get().documentSha256(), number, scale,
                isCited(number) ? citation.get().text() : null);
        Loaded forDocument = loaded;
        pending = tasks.run("draw page " + number, () -> render(request), result -> {
            if (loaded != forDocument) {
                return;
            }
            result.ifPresent(r -> cache.put(number, scale, r));
            if (generation != drawGeneration) {
                return;
            }
            drawing.set(false);
            if (result.isPresent()) {
                showDrawn(result.get());
                drawAhead(number + 1, scale);
            } else {
                loaded = new Loaded(forDocument.document(), forDocument.pages(), false);
                note.set(NOTE_NOT_KEPT);
                drawn.set(null);
            }
        }, e -> {
            if (generation != drawGeneration) {
                return; // superseded by another page or zoom; its failure (often the cancel itself) does not matter
            }
            drawing.set(false);
            note.set(NOTE_NOT_DRAWN);
            problem.set(UserMessages.of(e));
            drawn.set(null);
        });
    }

    /** Draws page {@code number} in the background into the cache, unless it is there, being drawn, or absent. */
    private void drawAhead(int number, double scale) {
        if (number > loaded.pages().size() || cache.get(number, scale).isPresent()
                || ahead != null && ahead.is(loaded, number, scale)) {
            return;
        }
        if (ahead != null) {
            ahead.handle.cancel();
        }
        Ahead next = new Ahead(loaded, number, scale);
        ahead = next;
        PageRequest request = new PageRequest(citation.get().documentSha256(), number, scale,
                isCited(number) ? citation.get().text() : null);
        Loaded forDocument = next.document;
        next.handle = tasks.run("draw page " + number + " ahead", () -> render(request), result -> {
            aheadEnded(next);
            if (loaded != forDocument) {
                return;
            }
            result.ifPresent(r -> cache.put(number, scale, r));
            if (next.forGeneration == drawGeneration) {
                drawing.set(false);
                result.ifPresentOrElse(this::showDrawn, () -> drawn.set(null));
                drawAhead(number + 1, scale);
            }
        }, e -> {
            aheadEnded(next);
            if (loaded == forDocument && next.forGeneration == drawGeneration) {
                drawing.set(false);
                note.set(NOTE_NOT_DRAWN);
                problem.set(UserMessages.of(e));
                drawn.set(null);
            }
        });
    }

    private void aheadEnded(Ahead done) {
        if (ahead == done) {
            ahead = null;
        }
    }

    /** True when page {@code number} at {@code scale} is drawn and kept (the page shown, or one drawn ahead). */
    boolean isDrawn(int number, double scale) {
        return cache.get(number, scale).isPresent();
    }

    private Optional<DrawnPage> render(PageRequest request) {
        return engine.renderPage(request).map(r -> toDrawn(r, request.citedText() != null));
    }

    private static DrawnPage toDrawn(RenderedPage rendered, boolean citedAsked) {
        return new DrawnPage(rendered.page(), FxImages.of(rendered.image()), rendered.scale(), rendered.widthPoints(),
                rendered.cited().stream().map(b -> b.scaled(rendered.scale())).toList(),
                citedAsked && !rendered.citedFound());
    }

    private void showDrawn(DrawnPage page) {
        drawn.set(page);
        note.set(page.citedMissing() ? NOTE_SPAN_MISSING : "");
    }

    private void cancelPending() {
        drawGeneration++;
        drawing.set(false);
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    public boolean hasPrevious() {
        return page.get() > 1;
    }

    public boolean hasNext() {
        return page.get() < loaded.pages().size();
    }

    public ReadOnlyObjectProperty<Citation> citationProperty() {
        return citation.getReadOnlyProperty();
    }

    /** The page number shown (1-based), 0 before one is shown. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** How many pages the open document has. */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The cited words in the page's text, or null when they are not on it. */
    ReadOnlyObjectProperty<CitedSpan> spanProperty() {
        return span.getReadOnlyProperty();
    }

    /** The drawn page shown, or null while the page shows as text. */
    ReadOnlyObjectProperty<DrawnPage> drawnProperty() {
        return drawn.getReadOnlyProperty();
    }

    /** True while a page is being drawn in the background. */
    public ReadOnlyBooleanProperty drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** One line on how the page is shown: why as text, or that the cited words were not located; empty otherwise. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
