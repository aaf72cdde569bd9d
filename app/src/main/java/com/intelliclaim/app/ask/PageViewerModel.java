package com.intelliclaim.app.ask;

import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The cited-page viewer's logic: the cited document's pages (loaded off the UI thread), the page shown, the cited
 * span on the cited page, zoom and previous/next. The engine keeps page text, not the PDF, so pages show as text.
 */
public final class PageViewerModel {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;

    private final TaskRunner tasks;
    private final IntelliClaimEngine engine;
    private final ReadOnlyObjectWrapper<Citation> citation = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CitedSpan> span = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final DoubleProperty zoom = new SimpleDoubleProperty(1.0);
    private List<PageText> pages = List.of();

    PageViewerModel(TaskRunner tasks, IntelliClaimEngine engine) {
        this.tasks = tasks;
        this.engine = engine;
    }

    /** Opens the cited document at the cited page. */
    public void open(Citation cited) {
        citation.set(cited);
        problem.set("");
        tasks.run("load cited page", () -> load(cited), loaded -> {
            pages = loaded;
            if (loaded.isEmpty()) {
                problem.set("\"" + cited.documentName() + "\" is no longer in the index; add it again to see the page.");
                text.set("");
                span.set(null);
                return;
            }
            show(cited.page());
        }, e -> problem.set(UserMessages.of(e)));
    }

    private List<PageText> load(Citation cited) {
        Optional<DocumentInfo> doc = engine.documents().stream()
                .filter(d -> d.sha256().equals(cited.documentSha256())).findFirst();
        return doc.map(d -> engine.pages(d.id())).orElse(List.of());
    }

    public void previous() {
        show(page.get() - 1);
    }

    public void next() {
        show(page.get() + 1);
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
    }

    private void show(int number) {
        Optional<PageText> found = pages.stream().filter(p -> p.number() == number).findFirst();
        if (found.isEmpty()) {
            return;
        }
        Citation cited = citation.get();
        page.set(number);
        text.set(found.get().text());
        span.set(number >= cited.page() && number <= Math.max(cited.page(), cited.pageEnd())
                ? CitedSpan.in(found.get().text(), cited.text()).orElse(null) : null);
        title.set(cited.documentName() + " — page " + number + " of " + pages.size() + OcrNote.of(found.get()));
    }

    public boolean hasPrevious() {
        return pages.stream().anyMatch(p -> p.number() == page.get() - 1);
    }

    public boolean hasNext() {
        return pages.stream().anyMatch(p -> p.number() == page.get() + 1);
    }

    public ReadOnlyObjectProperty<Citation> citationProperty() {
        return citation.getReadOnlyProperty();
    }

    /** The page number shown (1-based), 0 before one is shown. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The cited words on the page shown, or null when they are not on it. */
    ReadOnlyObjectProperty<CitedSpan> spanProperty() {
        return span.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
